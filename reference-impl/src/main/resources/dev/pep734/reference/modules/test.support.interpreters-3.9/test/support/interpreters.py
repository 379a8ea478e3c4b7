"""Subinterpreters High Level Module, as test.support.interpreters of Python 3.9 (the reference runtime's own).

Interpreters run code with Interpreter.run(); data passes through channels. Failures of interpreter
operations are RuntimeError in this generation (run() of failing code: RunFailedError, a RuntimeError).
"""
import _interpchannels as _channels
import _interpreters
import _pep734_xi as _xi
from _interpchannels import (
    ChannelError, ChannelNotFoundError, ChannelClosedError, ChannelEmptyError, ChannelNotEmptyError,
)

__all__ = [
    'Interpreter', 'get_current', 'get_main', 'create', 'list_all',
    'SendChannel', 'RecvChannel', 'create_channel', 'list_all_channels', 'is_shareable',
    'ChannelError', 'ChannelNotFoundError', 'ChannelEmptyError', 'ChannelNotEmptyError',
    'NotReceivedError', 'RunFailedError',
]

# No InterpreterError before 3.13: an unknown, current, main or running interpreter is a RuntimeError.
_xi.error_classes.update(InterpreterError=RuntimeError, InterpreterNotFoundError=RuntimeError)


class RunFailedError(RuntimeError):
    """Interpreter.run() resulted in an uncaught exception."""


class NotReceivedError(ChannelClosedError):
    """Nothing was waiting to receive a sent object: the receiving end was closed or released, so the object
    can never be received. (Also a ChannelClosedError, the name CPython gives the same failure.)"""


def is_shareable(obj):
    """Return True if the object's data can be shared between interpreters."""
    return _xi.is_shareable(obj)


def create(*, isolated=True):
    """Initialize a new (idle) Python interpreter and return its Interpreter object.

    Every interpreter of this runtime is isolated (its own GraalPy context), whatever isolated says.
    """
    return Interpreter(_interpreters.create())


def list_all():
    """Get all existing interpreters."""
    return [Interpreter(id) for id, _ in _interpreters.list_all()]


def get_current():
    """Get the currently running interpreter."""
    return Interpreter(_interpreters.get_current()[0])


def get_main():
    """Get the main interpreter."""
    return Interpreter(_interpreters.get_main()[0])


class Interpreter:
    """A single Python interpreter, by id (two objects with the same id are equal)."""

    def __init__(self, id):
        if not isinstance(id, int):
            raise TypeError(f'id must be an int, got {id!r}')
        self._id = int(id)

    def __repr__(self):
        return f'{type(self).__name__}(id={self._id})'

    def __hash__(self):
        return hash(self._id)

    def __eq__(self, other):
        if not isinstance(other, Interpreter):
            return NotImplemented
        return other._id == self._id

    def __reduce__(self):
        return (type(self), (self._id,))

    @property
    def id(self):
        return self._id

    def is_running(self):
        """Return True if the identified interpreter is running."""
        return _interpreters.is_running(self._id)

    def close(self):
        """Destroy the interpreter; destroying the current interpreter raises RuntimeError."""
        return _interpreters.destroy(self._id)

    def run(self, src_str, /, *, channels=None):
        """Run the given source code in the interpreter, blocking the current thread until done.

        channels: a (RecvChannel, SendChannel) pair, bound as ``channels`` in the interpreter's __main__;
        or a dict of names to shareable objects (3.9's implementation), each bound under its name.
        An uncaught exception raises RunFailedError.
        """
        if channels is None:
            excinfo = _interpreters.exec(self._id, src_str)
        else:
            shared = dict(channels) if isinstance(channels, dict) else {'channels': tuple(channels)}
            excinfo = _interpreters.exec(self._id, src_str, shared)
        if excinfo is not None:
            raise RunFailedError(excinfo.formatted)


def create_channel():
    """Return (recv, send) for a new cross-interpreter channel."""
    cid = _channels.create()
    return RecvChannel(cid), SendChannel(cid)


def list_all_channels():
    """Return (recv, send) for every open channel."""
    return [(RecvChannel(cid), SendChannel(cid)) for cid, _, _ in _channels.list_all()]


class _ChannelEnd(_channels._EndMethods):
    _end = None

    def __init__(self, id):
        # Not looked up here: as in 3.9, an unknown channel is reported at first use (ChannelNotFoundError).
        self._id = _channels._channel_id(id, force=True, **{self._end: True})


def _item(obj, unboundop):
    # This API has no stand-in for items whose sending interpreter was destroyed: they arrive as None.
    return None if unboundop is not None else obj


class RecvChannel(_ChannelEnd):
    """The receiving end of a channel."""

    _end = 'recv'

    def recv(self):
        """Get the next object from the channel, waiting if none has been sent."""
        return _item(*_channels._recv_wait(self._id))

    def recv_nowait(self, default=None):
        """Like recv(), but return the default instead of waiting.

        As in CPython 3.9, None means "no default": an empty channel then raises ChannelEmptyError.
        """
        if default is None:
            return _item(*_channels.recv(self._id))
        return _item(*_channels.recv(self._id, default))

    def close(self):
        """Close the receiving end; ChannelNotEmptyError while objects wait to be received."""
        _channels.close(self._id, recv=True)


class SendChannel(_ChannelEnd):
    """The sending end of a channel."""

    _end = 'send'

    def send(self, obj):
        """Send the object to the receiving end and wait until it is received."""
        _send(_channels.send, self._id, obj, True)

    def send_nowait(self, obj):
        """Send the object without waiting: True if it was received at once, else False (it stays queued)."""
        return _send(_channels.send, self._id, obj, False)

    def close(self):
        """Close the sending end: the channel closes once what was sent has been received."""
        _channels.close(self._id, send=True)


def _send(fn, cid, obj, blocking):
    try:
        return fn(cid, obj, blocking=blocking)
    except ChannelClosedError as e:
        raise NotReceivedError(str(e)) from None


_channels._register_end_types(SendChannel, RecvChannel)
