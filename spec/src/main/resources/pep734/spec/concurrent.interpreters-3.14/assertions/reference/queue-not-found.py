# ---
# clause: section:reference
# level: should
# features: queues, lifecycle
# description: Queue(id) of an unknown or destroyed queue raises QueueNotFoundError (a QueueError, a RuntimeError)
# ---
import gc
from concurrent import interpreters
from concurrent.interpreters import _queues


def main():
    try:
        _queues.Queue(987654)
    except _queues.QueueNotFoundError as e:
        assert isinstance(e, _queues.QueueError) and isinstance(e, RuntimeError), type(e).__mro__
    else:
        raise AssertionError("Queue(987654) of a queue never created returned normally")
    q = interpreters.create_queue()
    qid = q.id
    del q
    gc.collect()
    try:
        _queues.Queue(qid)
    except _queues.QueueNotFoundError:
        pass
    else:
        raise AssertionError("Queue(id) still found a queue after its last reference was dropped")


if __name__ == "__main__":
    main()
