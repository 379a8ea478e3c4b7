"""Low-level cross-interpreter channels of the reference runtime (CPython 3.14's _interpchannels, reshaped:
send() really waits until its object is received, and _recv_wait() blocks in Java instead of polling).
Every generation's channel API (interpreters.channels, test.support.interpreters) sits on this module."""
import collections as _collections
import sys as _sys

import _pep734_xi as _xi


class ChannelError(RuntimeError):
    """A channel-related error happened."""


class ChannelNotFoundError(ChannelError):
    """The channel does not exist (any more)."""


class ChannelClosedError(ChannelError):
    """The channel is closed."""


class ChannelEmptyError(ChannelError):
    """The channel is unexpectedly empty."""


class ChannelNotEmptyError(ChannelError):
    """The channel is unexpectedly not empty."""


ChannelInfo = _collections.namedtuple('ChannelInfo', [
    'open', 'closing', 'closed', 'count',
    'num_interp_send', 'num_interp_send_released', 'num_interp_recv', 'num_interp_recv_released'])
ChannelInfo.__module__ = __name__

_ops = _xi.host.channels()
_NOT_SET = object()

# Which module's end classes a channel end arrives as, in each API generation (imported on first need). CPython
# 3.14 has no public channels: its test helper test.support.channels registers them (where it exists).
_END_MODULES = {
    'interpreters-draft': 'interpreters.channels',
    'test.support.interpreters-3.9': 'test.support.interpreters',
    'concurrent.interpreters-3.14': 'test.support.channels',
}
_end_types = None  # (send type, recv type), registered by the generation's channel module


class ChannelID:
    """A channel id, optionally tied to one end ('send', 'recv' or 'both'); compares and hashes as its int."""

    __slots__ = ('_id', '_end')

    def __init__(self, cid, *, send=None, recv=None, force=False, _resolve=False):
        if isinstance(cid, ChannelID):
            cid = cid._id
        if not isinstance(cid, int):
            raise TypeError(f'channel ID must be an int, got {cid!r}')
        if cid < 0:
            raise ValueError(f'channel ID must be a non-negative int, got {cid!r}')
        if not force:
            get_info(cid)  # ChannelNotFoundError for an unknown id
        self._id = int(cid)
        self._end = 'send' if send and not recv else 'recv' if recv and not send else 'both'

    @property
    def end(self):
        return self._end

    @property
    def send(self):
        return ChannelID(self._id, send=True, force=True)

    @property
    def recv(self):
        return ChannelID(self._id, recv=True, force=True)

    def __int__(self):
        return self._id

    __index__ = __int__

    def __hash__(self):
        return hash(self._id)

    def __eq__(self, other):
        if isinstance(other, ChannelID):
            return self._id == other._id and self._end == other._end
        if isinstance(other, int) and not isinstance(other, bool):
            return self._id == other
        return NotImplemented

    def __repr__(self):
        end = '' if self._end == 'both' else f', {self._end}=True'
        return f'ChannelID({self._id}{end})'

    def __str__(self):
        return str(self._id)


def _cid(cid):
    if isinstance(cid, ChannelID):
        return cid._id
    if hasattr(cid, 'id') and isinstance(getattr(cid, 'id'), ChannelID):
        return cid.id._id
    if isinstance(cid, int) and not isinstance(cid, bool):
        return int(cid)
    raise TypeError(f'channel ID must be an int, got {cid!r}')


def _nanos(timeout):
    if timeout is None:
        return -1
    if timeout < 0:
        raise ValueError('timeout value must be non-negative')
    return int(timeout * 1_000_000_000)


def create(unboundop=3, fallback=-1):
    """create(unboundop) -> cid: a new channel; unboundop is the default for items whose sender is destroyed."""
    return ChannelID(_xi.unwrap(_ops.create(unboundop)), force=True)


def destroy(cid):
    """Close and forget the channel; afterwards it behaves as though it never existed."""
    _xi.unwrap(_ops.destroy(_cid(cid)))


def list_all():
    """[(cid, unboundop, fallback)] of the open channels."""
    return [(ChannelID(row[0], force=True), row[1], 1) for row in _xi.unwrap(_ops.listAll())]


def get_info(cid):
    return ChannelInfo(*_xi.unwrap(_ops.info(_cid(cid))))


def get_count(cid):
    return get_info(cid).count


def get_channel_defaults(cid):
    return _xi.unwrap(_ops.defaults(_cid(cid)))


def list_interpreters(cid, *, send):
    """The ids of the interpreters with an open send (or receive) end of the channel."""
    return list(_xi.unwrap(_ops.interpreters(_cid(cid), bool(send))))


def send(cid, obj, unboundop=-1, *, blocking=True, timeout=None):
    """Add the object's data to the channel; with blocking, wait until it is received (TimeoutError after
    the timeout, the object withdrawn). Returns whether it was received."""
    return _send(cid, _xi.encode_or_pickle(obj), unboundop, blocking, timeout)


def send_buffer(cid, obj, unboundop=-1, *, blocking=True, timeout=None):
    """Like send(), but the receiver gets a memoryview of the same memory as obj's buffer."""
    return _send(cid, _xi.encode(memoryview(obj)), unboundop, blocking, timeout)


def _send(cid, wire, unboundop, blocking, timeout):
    nanos = _nanos(timeout) if blocking else 0
    _xi.sync_memory()
    return _xi.unwrap(_ops.send(_cid(cid), wire, unboundop, bool(blocking), nanos))


def recv(cid, default=_NOT_SET):
    """(obj, None), or (None, unboundop) for an item whose interpreter was destroyed; never waits. Empty:
    (default, None) when a default is given, else ChannelEmptyError."""
    try:
        return _recv(cid, 0)
    except ChannelEmptyError:
        if default is _NOT_SET:
            raise
        return default, None


def _recv_wait(cid, timeout=None):
    """Like recv(), but wait for an item (TimeoutError after the timeout; None waits forever)."""
    return _recv(cid, _nanos(timeout))


def _recv(cid, nanos):
    reply = _xi.unwrap(_ops.recv(_cid(cid), nanos))
    _xi.sync_memory()
    if reply[0] is None:
        return None, reply[1]
    return _xi.rebuild(reply[0]), None


def close(cid, *, send=None, recv=None, force=False):
    """Close the channel for all interpreters (see CPython's channel_close for the rules)."""
    _xi.unwrap(_ops.close(_cid(cid), bool(send), bool(recv), bool(force)))


def release(cid, *, send=None, recv=None, force=True):
    """Close the given ends (by default both) for the current interpreter."""
    if send is None and recv is None:
        send = recv = True
    _xi.unwrap(_ops.release(_cid(cid), bool(send), bool(recv)))


def _channel_id(cid, *, send=None, recv=None, force=False, _resolve=False):
    return ChannelID(cid, send=send, recv=recv, force=force)


class _EndMethods:
    """What the channel-end classes of the older generations share (the draft's Channel, 3.9's _ChannelEnd): an end
    is its ChannelID in self._id, equal to the same end of the same channel, pickled as itself."""

    def __repr__(self):
        return f'{type(self).__name__}(id={int(self._id)})'

    def __hash__(self):
        return hash(self._id)

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return other._id == self._id

    def __reduce__(self):
        return (type(self), (int(self._id),))

    @property
    def id(self):
        return self._id


def _register_end_types(send, recv):
    """The classes channel ends arrive as in this interpreter."""
    global _end_types
    _end_types = (send, recv)


def _as_end(obj):
    """(cid, is the send end) when obj is a channel end (or a ChannelID), else None."""
    if _end_types is not None and type(obj) in _end_types:
        return int(obj.id), type(obj) is _end_types[0]
    if type(obj) is ChannelID:
        return obj._id, obj._end == 'send'
    return None


def _end_from_wire(cid, is_send):
    if _end_types is None:
        module = _END_MODULES.get(_xi.unwrap(_ops.generation()))
        if module is not None:
            try:
                __import__(module)
            except ImportError:
                pass  # the low-level ends, then
    if _end_types is not None:
        return _end_types[0 if is_send else 1](cid)
    return ChannelID(cid, send=is_send, recv=not is_send, force=True)
