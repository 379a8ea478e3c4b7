"""Low-level cross-interpreter queues of the reference runtime (CPython's _interpqueues, reshaped:
put/get block in Java with a timeout instead of being polled)."""
import _pep734_xi as _xi


class QueueError(RuntimeError):
    """Indicates that a queue-related error happened."""


class QueueNotFoundError(QueueError):
    pass


QueueError.__module__ = 'concurrent.interpreters'
QueueNotFoundError.__module__ = 'concurrent.interpreters'

_ops = _xi.queue_ops


def create(maxsize, unboundop):
    """create(maxsize, unboundop) -> qid"""
    return _xi.unwrap(_ops.create(maxsize, unboundop))


def destroy(qid):
    _xi.unwrap(_ops.destroy(qid))


def list_all():
    """list_all() -> [(qid, maxsize, unboundop)]"""
    return [(row[0], row[1], row[2]) for row in _xi.unwrap(_ops.listAll())]


def get_info(qid):
    """(maxsize, unboundop); QueueNotFoundError for an unknown id."""
    info = _xi.unwrap(_ops.info(qid))
    return info[0], info[1]


def put(qid, obj, unboundop, timeout):
    """Add obj (as cross-interpreter data, else pickled); timeout in whole seconds, -1 = forever."""
    wire = _xi.encode_or_pickle(obj)
    _xi.sync_memory()
    _xi.unwrap(_ops.put(qid, wire, unboundop, timeout))


def get(qid, timeout):
    """(obj, None), or (None, unboundop) for an item whose interpreter was destroyed."""
    reply = _xi.unwrap(_ops.get(qid, timeout))
    _xi.sync_memory()
    if reply[0] is None:
        return None, reply[1]
    return _xi.rebuild(reply[0]), None


def get_count(qid):
    return _xi.unwrap(_ops.size(qid))


def is_full(qid):
    return _xi.unwrap(_ops.isFull(qid))


def bind(qid):
    get_info(qid)


def release(qid):
    get_info(qid)
