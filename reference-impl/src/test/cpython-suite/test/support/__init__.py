# test.support for CPython 3.14.3's interpreter tests on a runtime with a 3.12 stdlib (written here, not CPython's).
# The suite's directory is sys.path[0] of every interpreter of a run, and 'test' is a namespace package there, so
# this package is test.support in the main interpreter and in every subinterpreter alike. It is the runtime's own
# test.support (its source run here), with the runtime's submodules (os_helper, script_helper, ...) and, beside
# this file, 3.14's own test/support/channels.py; then cpython_compat adds what 3.14's has and 3.12's lacks.
import os as _os
import sys as _sys

_here = _os.path.dirname(_os.path.abspath(__file__))
_runtime = None
for _entry in _sys.modules['test'].__path__:
    _candidate = _os.path.join(_entry, 'support')
    if _os.path.abspath(_candidate) != _here and _os.path.isfile(_os.path.join(_candidate, '__init__.py')):
        _runtime = _candidate
        break
if _runtime is None:
    raise ImportError("the runtime's own test.support package was not found on sys.path")
__path__.append(_runtime)
with open(_os.path.join(_runtime, '__init__.py'), encoding='utf-8') as _source:
    exec(compile(_source.read(), _os.path.join(_runtime, '__init__.py'), 'exec'), globals())

import cpython_compat as _compat  # noqa: E402 (it lives beside run_suite.py, first on sys.path)
_compat.install(_sys.modules[__name__])
