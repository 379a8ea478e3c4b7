# ---
# clause: api:Queue
# quote: A wrapper around a low-level, cross-interpreter queue, which implements the queue.Queue interface.
# level: must
# includes: queue_errors.py, raising.py
# features: queues
# description: the queue.Queue methods exist and take queue.Queue's arguments: put/get with block and timeout (by position and keyword), the *_nowait forms, empty, full, qsize, maxsize
# ---
# task_done() and join() are not required: CPython 3.14.3 has neither (erratum queue-interface-differences).
import queue
from concurrent import interpreters


def main():
    q = interpreters.create_queue(2)
    for name in ("put", "get", "put_nowait", "get_nowait", "empty", "full", "qsize"):
        assert callable(getattr(q, name, None)), f"the queue has no {name}() method"
    assert q.maxsize == 2, f"maxsize is {getattr(q, 'maxsize', '<missing>')!r}, expected 2"
    q.put("a", True, 1)
    assert not q.full() and not q.empty() and q.qsize() == 1, (
        f"one item in a queue of maxsize 2: full()={q.full()!r}, empty()={q.empty()!r}, qsize()={q.qsize()!r}")
    q.put("b", block=True, timeout=None)
    assert q.full(), "two items in a queue of maxsize 2: full() is False"
    assert q.get(True, 1) == "a" and q.get(block=False) == "b", "get() by position or keyword lost the order"
    q.put("c", False)
    q.put_nowait("d")
    with must_raise(QueueFullError, "put(item, False) on a full queue") as raised:
        q.put("e", False)
    assert isinstance(raised.error, queue.Full), f"the {type(raised.error).__name__} raised is not a queue.Full"
    assert [q.get_nowait(), q.get(False)] == ["c", "d"] and q.empty(), "the *_nowait forms lost or reordered items"
    with must_raise(QueueEmptyError, "get(True, 1) on an empty queue") as raised:
        q.get(True, 1)
    assert isinstance(raised.error, queue.Empty), f"the {type(raised.error).__name__} raised is not a queue.Empty"


if __name__ == "__main__":
    main()
