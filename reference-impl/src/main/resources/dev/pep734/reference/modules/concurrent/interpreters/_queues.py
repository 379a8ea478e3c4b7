"""Cross-interpreter Queues High Level Module (the reference runtime's own, on GraalPy)."""
import queue as _stdqueue
import threading as _threading
import weakref as _weakref

import _interpqueues
from _interpqueues import QueueError, QueueNotFoundError
from . import _crossinterp
from ._crossinterp import UNBOUND_ERROR, UNBOUND_REMOVE

__all__ = [
    'UNBOUND', 'UNBOUND_ERROR', 'UNBOUND_REMOVE',
    'create', 'list_all',
    'Queue',
    'QueueError', 'QueueNotFoundError', 'QueueEmpty', 'QueueFull',
    'ItemInterpreterDestroyed',
]


class QueueEmpty(QueueError, _stdqueue.Empty):
    """Raised from get_nowait() when the queue is empty (also from get() on timeout)."""


class QueueFull(QueueError, _stdqueue.Full):
    """Raised from put_nowait() when the queue is full (also from put() on timeout)."""


class ItemInterpreterDestroyed(QueueError, _crossinterp.ItemInterpreterDestroyed):
    """Raised from get() and get_nowait()."""


UNBOUND = _crossinterp.UnboundItem.singleton('queue', __name__)

# The codes of CPython's _crossinterp; the host applies them when an item's interpreter is destroyed.
_FLAG_BY_OP = {UNBOUND_REMOVE: 1, UNBOUND_ERROR: 2, UNBOUND: 3}
_OP_BY_FLAG = {flag: op for op, flag in _FLAG_BY_OP.items()}


def _flag(unbounditems):
    try:
        return _FLAG_BY_OP[unbounditems]
    except (KeyError, TypeError):
        raise NotImplementedError(f'unsupported unbound replacement op {unbounditems!r}') from None


def create(maxsize=0, *, unbounditems=UNBOUND):
    """Return a new cross-interpreter queue.

    "unbounditems" sets the default for how items whose interpreter is destroyed are handled:
    UNBOUND (replaced by the UNBOUND sentinel), UNBOUND_ERROR (get() raises ItemInterpreterDestroyed)
    or UNBOUND_REMOVE (removed from the queue).
    """
    flag = _flag(unbounditems)
    if not isinstance(maxsize, int):
        raise TypeError(f'an integer is required (got type {type(maxsize).__name__})')
    qid = _interpqueues.create(maxsize, flag)
    return Queue(qid)


def list_all():
    """Return a list of all open queues."""
    return [Queue(qid) for qid, _, _ in _interpqueues.list_all()]


def _timeout(block, timeout):
    # CPython 3.14.3 truncates with int(): 0.5 -> no wait, 1.5 -> 1 s, -0.5 -> 0 (the 3.14 profile's errata.txt, item 7).
    if not block:
        return 0
    if timeout is None:
        return -1
    seconds = int(timeout)
    if seconds < 0:
        raise ValueError('timeout value must be non-negative')
    return seconds


def _unbound_item(flag):
    """What get() gives for an item whose interpreter was destroyed, by the item's unbound flag."""
    if flag == 2:
        raise ItemInterpreterDestroyed("item's original interpreter destroyed")
    return UNBOUND


_known = _weakref.WeakValueDictionary()
_known_lock = _threading.Lock()


class Queue:
    """A cross-interpreter queue; one object per id in each interpreter."""

    def __new__(cls, id, /):
        if not isinstance(id, int):
            raise TypeError(f'id must be an int, got {id!r}')
        id = int(id)
        with _known_lock:
            self = _known.get(id)
            if self is None:
                _interpqueues.get_info(id)  # QueueNotFoundError "queue N not found"
                self = super().__new__(cls)
                self._id = id
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
    def maxsize(self):
        return _interpqueues.get_info(self._id)[0]

    @property
    def unbounditems(self):
        return _OP_BY_FLAG[_interpqueues.get_info(self._id)[1]]

    def empty(self):
        return self.qsize() == 0

    def full(self):
        return _interpqueues.is_full(self._id)

    def qsize(self):
        return _interpqueues.get_count(self._id)

    def put(self, obj, block=True, timeout=None, *, unbounditems=None):
        """Add the object to the queue; blocks while full (QueueFull after the timeout).

        Shareable objects cross natively; others are pickled, as CPython does. "unbounditems"
        overrides the queue's default for this item.
        """
        if unbounditems is None:
            flag = 0  # the queue's own default, looked up by the runtime (saves a host call per item)
        else:
            flag = _flag(unbounditems)
        _interpqueues.put(self._id, obj, flag, -1 if block and timeout is None else _timeout(block, timeout))

    def put_nowait(self, obj, *, unbounditems=None):
        return self.put(obj, block=False, unbounditems=unbounditems)

    def get(self, block=True, timeout=None):
        """Return the next object; blocks while empty (QueueEmpty after the timeout).

        For an item whose interpreter was destroyed: the UNBOUND sentinel, or
        ItemInterpreterDestroyed under UNBOUND_ERROR.
        """
        obj, flag = _interpqueues.get(self._id, -1 if block and timeout is None else _timeout(block, timeout))
        return obj if flag is None else _unbound_item(flag)

    def get_nowait(self):
        # Not self.get(block=False): a consumer spinning on get_nowait() pays every Python call (2.3 against 3.6 us
        # per item on GraalPy's interpreter, measured).
        obj, flag = _interpqueues.get(self._id, 0)
        return obj if flag is None else _unbound_item(flag)
