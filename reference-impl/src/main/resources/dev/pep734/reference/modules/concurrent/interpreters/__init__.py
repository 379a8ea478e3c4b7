"""Subinterpreters High Level Module (the reference runtime's own, on GraalPy: one context each)."""
import threading as _threading
import weakref as _weakref

import _interpreters
from _interpreters import InterpreterError, InterpreterNotFoundError, NotShareableError, is_shareable
from ._queues import create as create_queue, Queue, QueueEmpty, QueueFull

__all__ = [
    'get_current', 'get_main', 'create', 'list_all', 'is_shareable',
    'Interpreter',
    'InterpreterError', 'InterpreterNotFoundError', 'ExecutionFailed',
    'NotShareableError',
    'create_queue', 'Queue', 'QueueEmpty', 'QueueFull',
]

_EXEC_FAILURE_STR = """
{superstr}

Uncaught in the interpreter:

{formatted}
""".strip()


class ExecutionFailed(InterpreterError):
    """An unhandled exception happened during execution.

    This is raised from Interpreter.exec() and Interpreter.call().
    """

    def __init__(self, excinfo):
        # args[0] is "Type: msg" (excinfo.formatted); str() adds the traceback shown by the interpreter.
        msg = excinfo.formatted
        if not msg:
            name = excinfo.type.__name__ if excinfo.type else ''
            msg = f'{name}: {excinfo.msg}' if name and excinfo.msg else (name or excinfo.msg)
        super().__init__(msg)
        self.excinfo = excinfo

    def __str__(self):
        try:
            errdisplay = self.excinfo.errdisplay
        except Exception:
            return super().__str__()
        return _EXEC_FAILURE_STR.format(superstr=super().__str__(), formatted=errdisplay)


def create():
    """Return a new (idle) Python interpreter."""
    id = _interpreters.create(reqrefs=True)
    return Interpreter(id, _ownsref=True)


def list_all():
    """Return all existing interpreters."""
    return [Interpreter(id, _whence=whence) for id, whence in _interpreters.list_all(require_ready=True)]


def get_current():
    """Return the currently running interpreter."""
    id, whence = _interpreters.get_current()
    return Interpreter(id, _whence=whence)


def get_main():
    """Return the main interpreter."""
    id, whence = _interpreters.get_main()
    return Interpreter(id, _whence=whence)


_known = _weakref.WeakValueDictionary()
_known_lock = _threading.Lock()


class Interpreter:
    """A single Python interpreter. One object per id in each interpreter (identity, no __eq__)."""

    _WHENCE_TO_STR = {
        _interpreters.WHENCE_UNKNOWN: 'unknown',
        _interpreters.WHENCE_RUNTIME: 'runtime init',
        _interpreters.WHENCE_LEGACY_CAPI: 'legacy C-API',
        _interpreters.WHENCE_CAPI: 'C-API',
        _interpreters.WHENCE_XI: 'cross-interpreter C-API',
        _interpreters.WHENCE_STDLIB: '_interpreters module',
    }

    def __new__(cls, id, /, _whence=None, _ownsref=None):
        if not isinstance(id, int):
            raise TypeError(f'id must be an int, got {id!r}')
        id = int(id)
        if _whence is None:
            # Also the existence check: InterpreterNotFoundError for a closed or unknown id.
            _whence = _interpreters.WHENCE_STDLIB if _ownsref else _interpreters.whence(id)
        with _known_lock:
            self = _known.get(id)
            if self is None:
                self = super().__new__(cls)
                self._id = id
                self._whence = _whence
                _known[id] = self
        return self

    def __repr__(self):
        return f'{type(self).__name__}({self.id})'

    def __hash__(self):
        return hash(self._id)

    def __reduce__(self):
        return (type(self), (self._id,))

    @property
    def id(self):
        return self._id

    @property
    def whence(self):
        return self._WHENCE_TO_STR.get(self._whence, 'unknown')

    def is_running(self):
        """Return whether or not the identified interpreter is running."""
        return _interpreters.is_running(self._id, restrict=True)

    def close(self):
        """Finalize and destroy the interpreter.

        Attempting to destroy the current interpreter results in an InterpreterError.
        """
        return _interpreters.destroy(self._id, restrict=True)

    def prepare_main(self, ns=None, /, **kwargs):
        """Bind the given values into the interpreter's __main__.

        The values must be shareable (no pickle fallback, as in CPython 3.14.3: the 3.14 profile's errata.txt, item 4).
        """
        ns = dict(ns, **kwargs) if ns is not None else kwargs
        _interpreters.set___main___attrs(self._id, ns, restrict=True)

    def exec(self, code, /):
        """Run the given source code in the interpreter.

        Like exec() with the interpreter's __main__ as namespace. The code is not dedented (CPython
        3.14.3 has no dedent parameter: the 3.14 profile's errata.txt, item 1). An uncaught exception raises
        ExecutionFailed, which summarizes it.
        """
        excinfo = _interpreters.exec(self._id, code, restrict=True)
        if excinfo is not None:
            raise ExecutionFailed(excinfo)

    def _call(self, callable, args, kwargs):
        res, excinfo = _interpreters.call(self._id, callable, args, kwargs, restrict=True)
        if excinfo is not None:
            raise ExecutionFailed(excinfo)
        return res

    def call(self, callable, /, *args, **kwargs):
        """Call the object in the interpreter with given args/kwargs and return the result.

        Stateless functions are rebuilt from their code; other callables and non-shareable arguments
        and results are pickled. An uncaught exception raises ExecutionFailed.
        """
        return self._call(callable, args, kwargs)

    def call_in_thread(self, callable, /, *args, **kwargs):
        """Return a new thread that calls the object in the interpreter.

        The return value and any raised exception are discarded.
        """
        def _call():
            self._call(callable, args, kwargs)
        t = _threading.Thread(target=_call)
        t.start()
        return t
