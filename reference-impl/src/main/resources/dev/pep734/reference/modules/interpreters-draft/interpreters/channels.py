"""Cross-interpreter channels of the draft `interpreters` package (the reference runtime's own).

Where the draft is silent this follows CPython 3.14.3's test.support.channels, its descendant, except that
send_nowait()/send_buffer_nowait() really say whether the object was received at once (CPython returns
None) and recv() waits in the runtime instead of polling every 10 ms.
"""
from concurrent.interpreters import _crossinterp
from concurrent.interpreters._crossinterp import UNBOUND_ERROR, UNBOUND_REMOVE

import _interpchannels as _channels
from _interpchannels import (
    ChannelError, ChannelNotFoundError, ChannelClosedError, ChannelEmptyError, ChannelNotEmptyError,
)

__all__ = [
    'UNBOUND', 'UNBOUND_ERROR', 'UNBOUND_REMOVE',
    'create', 'list_all',
    'Channel', 'SendChannel', 'RecvChannel',
    'ChannelError', 'ChannelNotFoundError', 'ChannelClosedError', 'ChannelEmptyError', 'ChannelNotEmptyError',
    'ItemInterpreterDestroyed',
]


class ItemInterpreterDestroyed(ChannelError, _crossinterp.ItemInterpreterDestroyed):
    """Raised from recv() for an item whose sending interpreter was destroyed (under UNBOUND_ERROR)."""


UNBOUND = _crossinterp.UnboundItem.singleton('channel', __name__)

# The codes of CPython's _crossinterp, shared with the runtime's queues.
_OP_BY_UNBOUND = {UNBOUND_REMOVE: 1, UNBOUND_ERROR: 2, UNBOUND: 3}
_UNBOUND_BY_OP = {op: unbound for unbound, op in _OP_BY_UNBOUND.items()}
_NOT_SET = object()


def _op(unbounditems):
    try:
        return _OP_BY_UNBOUND[unbounditems]
    except (KeyError, TypeError):
        raise NotImplementedError(f'unsupported unbound replacement op {unbounditems!r}') from None


def create(*, unbounditems=UNBOUND):
    """Return (recv, send) for a new cross-interpreter channel.

    unbounditems: what a receiver gets for an item whose sending interpreter was destroyed first:
    UNBOUND (the sentinel, the default), UNBOUND_ERROR (recv raises ItemInterpreterDestroyed) or
    UNBOUND_REMOVE (the item disappears).
    """
    cid = _channels.create(_op(unbounditems))
    return RecvChannel(cid), SendChannel(cid)


def list_all():
    """Return (recv, send) for every open channel."""
    return [(RecvChannel(cid), SendChannel(cid)) for cid, _, _ in _channels.list_all()]


def _timeout(timeout):
    # As CPython's channels: whole seconds (int() truncates), negative refused.
    if timeout is None:
        return None
    timeout = int(timeout)
    if timeout < 0:
        raise ValueError('timeout value must be non-negative')
    return timeout


def _resolve(obj, unboundop):
    if unboundop is None:
        return obj
    if unboundop == 2:
        raise ItemInterpreterDestroyed("item's original interpreter destroyed")
    return UNBOUND


class Channel(_channels._EndMethods):
    """One end of a cross-interpreter channel (shareable: it arrives in another interpreter as the same end).

    Ends compare equal when they are the same end of the same channel; pickling keeps the end.
    """

    _end = None

    def __new__(cls, cid):
        if cls._end is None:
            raise TypeError('use RecvChannel or SendChannel')
        self = super().__new__(cls)
        self._id = _channels._channel_id(cid, force=True, **{cls._end: True})
        return self

    @property
    def is_closed(self):
        return _channels.get_info(self._id).closed


class RecvChannel(Channel):
    """The receiving end of a cross-interpreter channel."""

    _end = 'recv'

    def recv(self, timeout=None):
        """Return the next object, waiting until one is sent (TimeoutError after timeout seconds)."""
        return _resolve(*_channels._recv_wait(self._id, _timeout(timeout)))

    def recv_nowait(self, default=_NOT_SET):
        """Return the next object without waiting: the default if given, else ChannelEmptyError."""
        if default is _NOT_SET:
            return _resolve(*_channels.recv(self._id))
        return _resolve(*_channels.recv(self._id, default))

    def close(self):
        """Close the channel from the receiving side (ChannelNotEmptyError while items are waiting)."""
        _channels.close(self._id, recv=True)


class SendChannel(Channel):
    """The sending end of a cross-interpreter channel."""

    _end = 'send'

    @property
    def unbounditems(self):
        return _UNBOUND_BY_OP[_channels.get_channel_defaults(self._id)]

    @property
    def is_closed(self):
        info = _channels.get_info(self._id)
        return info.closed or info.closing

    def send(self, obj, timeout=None, *, unbounditems=None):
        """Send the object (its data) to the receiving end, blocking until it is received."""
        _channels.send(self._id, obj, self._unboundop(unbounditems), blocking=True, timeout=_timeout(timeout))

    def send_nowait(self, obj, *, unbounditems=None):
        """Send without waiting: True if a receiver took the object at once, else False (it stays queued)."""
        return _channels.send(self._id, obj, self._unboundop(unbounditems), blocking=False)

    def send_buffer(self, obj, timeout=None, *, unbounditems=None):
        """Send the object's buffer: the receiver gets a memoryview of the same memory. Blocks until received."""
        _channels.send_buffer(self._id, obj, self._unboundop(unbounditems), blocking=True,
                              timeout=_timeout(timeout))

    def send_buffer_nowait(self, obj, *, unbounditems=None):
        """Like send_buffer() without waiting: True if received at once, else False."""
        return _channels.send_buffer(self._id, obj, self._unboundop(unbounditems), blocking=False)

    def close(self):
        """Close the sending end: receivers may still take what was sent, then the channel is closed."""
        _channels.close(self._id, send=True)

    @staticmethod
    def _unboundop(unbounditems):
        return -1 if unbounditems is None else _op(unbounditems)


_channels._register_end_types(SendChannel, RecvChannel)
