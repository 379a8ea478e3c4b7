"""The compatibility layer: what CPython 3.14.3's interpreter tests need from the standard library that a
Python 3.12 runtime (GraalPy 25's stdlib) lacks. Every shim of the suite is in this file. The suite's own
test/support/__init__.py (the runtime's test.support, loaded as test.support in every interpreter, the
subinterpreters included: they import the tests' modules too) calls install(), so every interpreter that imports
test.support gets every shim; run_suite.py imports test.support before any test module.

Each shim only adds a name that is missing, so on CPython 3.14 itself the layer changes nothing. No shim changes
what a test asserts: each adds a 3.14 name that 3.12 lacks, doing what 3.14's does on a runtime like this one (a
GIL in every interpreter, no colored tracebacks), or points a 3.14 name at the 3.12 object that 3.14 renamed.
Nothing here touches concurrent.interpreters, _interpreters, _interpqueues, InterpreterPoolExecutor or how any
test runs: those are what the suite tests.

| shim | 3.14 has | why it is right here |
|---|---|---|
| <suite>/test/support/__init__.py | test.support.channels (the channels helper the tests import) | the runtime's own test.support, extended by the directory that holds 3.14's channels.py, copied unchanged |
| test.support.Py_GIL_DISABLED = False | whether this is a free-threaded build | GraalPy is not: every context has a GIL |
| test.support.requires_gil_enabled | skips a test on a free-threaded build | never skips here, for the same reason |
| test.support.force_not_colorized | turns colored tracebacks off for a test | 3.12's tracebacks have no color: nothing to turn off |
| unittest.TestCase.assertStartsWith | 3.14's assertion method | checks str.startswith, with 3.14's kind of message |
| asyncio.events._set_event_loop_policy | the 3.14 name of set_event_loop_policy | 3.14 renamed it (deprecated public name) |
| asyncio.unix_events._DefaultEventLoopPolicy | the 3.14 name of DefaultEventLoopPolicy | the same renaming |
"""
import unittest


def install(support):
    """Every shim, in the interpreter that imports test.support (the module given)."""
    _test_support(support)
    _unittest()
    _asyncio()


def _test_support(support):

    def requires_gil_enabled(msg='needs the GIL enabled'):
        return unittest.skipIf(support.Py_GIL_DISABLED, msg)

    def force_not_colorized(func):
        return func

    _add(support, 'Py_GIL_DISABLED', False)
    _add(support, 'requires_gil_enabled', requires_gil_enabled)
    _add(support, 'force_not_colorized', force_not_colorized)


def _unittest():
    def assertStartsWith(self, s, prefix, msg=None):
        try:
            if s.startswith(prefix):
                return
        except (AttributeError, TypeError):
            self.fail(self._formatMessage(msg, f'Expected str, not {type(s).__name__}'))
        self.fail(self._formatMessage(msg, f"{s!r} doesn't start with {prefix!r}"))

    _add(unittest.TestCase, 'assertStartsWith', assertStartsWith)


def _asyncio():
    import asyncio.events
    import asyncio.unix_events
    if not hasattr(asyncio.events, '_set_event_loop_policy'):
        asyncio.events._set_event_loop_policy = asyncio.events.set_event_loop_policy
    if not hasattr(asyncio.unix_events, '_DefaultEventLoopPolicy'):
        asyncio.unix_events._DefaultEventLoopPolicy = asyncio.unix_events.DefaultEventLoopPolicy


def _add(owner, name, value):
    if not hasattr(owner, name):
        setattr(owner, name, value)
