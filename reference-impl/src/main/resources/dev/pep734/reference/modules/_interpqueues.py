"""Low-level cross-interpreter queues of the reference runtime (CPython's _interpqueues, reshaped:
put/get block in Java with a timeout instead of being polled)."""
import _pep734_xi as _xi
from _pep734_mem import _origins as _memory_to_sync, sync_memory as _sync_memory


class QueueError(RuntimeError):
    """Indicates that a queue-related error happened."""


class QueueNotFoundError(QueueError):
    pass


QueueError.__module__ = 'concurrent.interpreters'
QueueNotFoundError.__module__ = 'concurrent.interpreters'

_ops = _xi.queue_ops


# CPython's fallback of a queue: what to do with an object that is not shareable. Here such objects are always
# pickled (CPython's _PICKLED), whatever was asked.
_PICKLED = 1


def create(maxsize, unboundop, fallback=-1):
    """create(maxsize, unboundop, fallback) -> qid"""
    return _xi.unwrap(_ops.create(maxsize, unboundop))


def destroy(qid):
    """destroy(qid)"""
    _xi.unwrap(_ops.destroy(qid))


def list_all():
    """list_all() -> [(qid, unboundop, fallback)]"""
    return [(row[0], row[2], _PICKLED) for row in _xi.unwrap(_ops.listAll())]


def bind(qid):
    """bind(qid): one more binding of the queue (CPython's Queue objects each hold one)."""
    _xi.unwrap(_ops.bind(qid))


def release(qid):
    """release(qid): one binding less; releasing the last one destroys the queue."""
    _xi.unwrap(_ops.release(qid))


def get_maxsize(qid):
    """get_maxsize(qid)"""
    return get_info(qid)[0]


def get_queue_defaults(qid):
    """get_queue_defaults(qid) -> (unboundop, fallback)"""
    return get_info(qid)[1], _PICKLED


def get_info(qid):
    """(maxsize, unboundop); QueueNotFoundError for an unknown id."""
    info = _xi.unwrap(_ops.info(qid))
    return info[0], info[1]


# Bound once: looking a method up on a host object costs microseconds, on every item.
_put = _ops.put
_get = _ops.get
_DIRECT_TAGS = _xi.DIRECT_TAGS
_INT64_MIN, _INT64_MAX = _xi._INT64_MIN, _xi._INT64_MAX
_encode_or_pickle = _xi.encode_or_pickle
_rebuild_direct = _xi.rebuild_direct
_Reply = _xi.ForeignList


def put(qid, obj, unboundop, timeout):
    """Add obj (as cross-interpreter data, else pickled); timeout in whole seconds, -1 = forever."""
    # Inline, not a helper call: every Python operation costs ~0.3 us on GraalPy's interpreter.
    tag = _DIRECT_TAGS.get(type(obj))
    if tag is None or tag == 'i' and not _INT64_MIN <= obj <= _INT64_MAX or tag == 's' and not obj.isascii():
        tag, obj = 'w', _encode_or_pickle(obj)
    if _memory_to_sync:
        _sync_memory()
    reply = _put(qid, tag, obj, unboundop, timeout)
    if reply is not True:
        _xi.unwrap(reply)


def get(qid, timeout=0):
    """(obj, None), or (None, unboundop) for an item whose interpreter was destroyed; timeout in whole seconds,
    -1 = forever, 0 (CPython's only way) = QueueEmpty at once."""
    answer = _get(qid, timeout)
    if type(answer) is not _Reply:
        # The common case: the value itself (QueueOps.get).
        if _memory_to_sync:
            _sync_memory()
        return _rebuild_direct(answer), None
    item = _xi.unwrap(answer)
    if _memory_to_sync:
        _sync_memory()
    if item[0] is None:
        return None, item[1]
    return _xi.rebuild(item[0]), None


def get_count(qid):
    return _xi.unwrap(_ops.size(qid))


def is_full(qid):
    return _xi.unwrap(_ops.isFull(qid))
