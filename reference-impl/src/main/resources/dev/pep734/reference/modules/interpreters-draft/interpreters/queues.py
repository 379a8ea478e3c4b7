"""Cross-interpreter queues of the draft `interpreters` package: the 3.14 queues, plus the draft's syncobj."""
import _interpqueues
import _pep734_xi as _xi
from concurrent.interpreters._queues import (
    UNBOUND, UNBOUND_ERROR, UNBOUND_REMOVE,
    Queue, QueueError, QueueNotFoundError, QueueEmpty, QueueFull, ItemInterpreterDestroyed,
    list_all, _flag,
)

__all__ = [
    'UNBOUND', 'UNBOUND_ERROR', 'UNBOUND_REMOVE',
    'create', 'list_all',
    'Queue',
    'QueueError', 'QueueNotFoundError', 'QueueEmpty', 'QueueFull',
    'ItemInterpreterDestroyed',
]


class _SyncObjQueue(Queue):
    """A queue made with syncobj=True: only shareable objects may be put (no pickle fallback).

    The rule is kept by the object the creating interpreter holds; the queue itself is the runtime's
    ordinary queue, so in another interpreter it arrives as a plain Queue.
    """

    def put(self, obj, block=True, timeout=None, *, syncobj=None, unbounditems=None):
        if syncobj is None or syncobj:
            _xi.encode(obj)  # NotShareableError for anything that is not natively shareable
        return super().put(obj, block, timeout, unbounditems=unbounditems)

    def put_nowait(self, obj, *, syncobj=None, unbounditems=None):
        return self.put(obj, block=False, syncobj=syncobj, unbounditems=unbounditems)


def create(maxsize=0, *, syncobj=False, unbounditems=UNBOUND):
    """Return a new cross-interpreter queue.

    syncobj=False (the default): shareable objects cross natively and anything else is pickled (as 3.14).
    syncobj=True: put() refuses objects that are not shareable with NotShareableError.
    unbounditems: as in 3.14 (UNBOUND, UNBOUND_ERROR or UNBOUND_REMOVE).
    """
    if not isinstance(syncobj, bool):
        raise TypeError(f'syncobj must be a bool, got {syncobj!r}')
    flag = _flag(unbounditems)
    if not isinstance(maxsize, int):
        raise TypeError(f'an integer is required (got type {type(maxsize).__name__})')
    qid = _interpqueues.create(maxsize, flag)
    return (_SyncObjQueue if syncobj else Queue)(qid)
