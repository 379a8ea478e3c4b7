"""Cross-interpreter queues of the draft `interpreters` package: the 3.14 queues, created the draft's way."""
from concurrent.interpreters._queues import (
    UNBOUND, UNBOUND_ERROR, UNBOUND_REMOVE,
    Queue, QueueError, QueueNotFoundError, QueueEmpty, QueueFull, ItemInterpreterDestroyed,
    list_all, create as _create,
)

__all__ = [
    'UNBOUND', 'UNBOUND_ERROR', 'UNBOUND_REMOVE',
    'create', 'list_all',
    'Queue',
    'QueueError', 'QueueNotFoundError', 'QueueEmpty', 'QueueFull',
    'ItemInterpreterDestroyed',
]


def create(maxsize=0, *, syncobj=False, unbounditems=UNBOUND):
    """Return a new cross-interpreter queue.

    Shareable objects cross natively and anything else is pickled, whatever syncobj says (the 3.14
    behaviour): this runtime has no queue that refuses pickled items. unbounditems as in 3.14.
    """
    if not isinstance(syncobj, bool):
        raise TypeError(f'syncobj must be a bool, got {syncobj!r}')
    return _create(maxsize, unbounditems=unbounditems)
