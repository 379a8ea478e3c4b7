"""Multiple Interpreters in the Same Process: the draft `interpreters` package (the reference runtime's own).

The same interpreters as concurrent.interpreters (on the same low-level modules), with the draft's
differences: exec() dedents its source by default, and queues and channels are created from here.
"""
import textwrap as _textwrap

import _pep734_xi as _xi
import concurrent.interpreters as _ci
from concurrent.interpreters import (
    InterpreterError, InterpreterNotFoundError, ExecutionFailed, NotShareableError,
)
from . import queues, channels

__all__ = [
    'get_current', 'get_main', 'create', 'list_all', 'is_shareable',
    'Interpreter',
    'InterpreterError', 'InterpreterNotFoundError', 'ExecutionFailed', 'NotShareableError',
    'create_queue', 'create_channel',
]


class Interpreter(_ci.Interpreter):
    """A single interpreter (one object per id in each interpreter)."""

    def exec(self, src_str, /, dedent=True):
        """Run the given source code in the interpreter (in the current thread).

        With dedent (the default) the common leading whitespace of a str source is removed first, so an
        indented triple-quoted block runs as written. An uncaught exception raises ExecutionFailed.
        """
        if dedent and isinstance(src_str, str):
            src_str = _textwrap.dedent(src_str)
        return super().exec(src_str)


def is_shareable(obj):
    """Can the object's data be passed between interpreters?

    The draft's own contract, stricter than CPython 3.14.3's type-only check: True exactly when
    prepare_main() accepts the object, so a tuple counts only if every item does and an int only if it
    fits the 64 bits that cross natively.
    """
    if type(obj) is tuple:
        return all(is_shareable(item) for item in obj)
    if type(obj) is int:
        return _xi._INT64_MIN <= obj <= _xi._INT64_MAX
    return _ci.is_shareable(obj)


def create():
    """Initialize a new (idle) Python interpreter."""
    import _interpreters
    return Interpreter(_interpreters.create(reqrefs=True), _ownsref=True)


def list_all():
    """Get all existing interpreters."""
    import _interpreters
    return [Interpreter(id, _whence=whence) for id, whence in _interpreters.list_all(require_ready=True)]


def get_current():
    """Get the currently running interpreter."""
    import _interpreters
    id, whence = _interpreters.get_current()
    return Interpreter(id, _whence=whence)


def get_main():
    """Get the main interpreter."""
    import _interpreters
    id, whence = _interpreters.get_main()
    return Interpreter(id, _whence=whence)


def create_queue(*, syncobj=False, unbounditems=queues.UNBOUND):
    """Create a new queue for passing data between interpreters (see interpreters.queues.create)."""
    return queues.create(syncobj=syncobj, unbounditems=unbounditems)


def create_channel(*, unbounditems=channels.UNBOUND):
    """Create a new channel for passing data between interpreters: (RecvChannel, SendChannel)."""
    return channels.create(unbounditems=unbounditems)
