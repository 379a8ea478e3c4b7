# ---
# clause: section:reference
# level: should
# features: queues
# description: put_nowait() on a full queue raises QueueFull (a queue.Full) and keeps the queue as it was
# ---
import queue
from concurrent import interpreters


def main():
    q = interpreters.create_queue(2)
    q.put_nowait("a")
    q.put_nowait("b")
    assert q.full(), "a queue of maxsize 2 holding 2 items is not full()"
    try:
        q.put_nowait("c")
    except interpreters.QueueFull as e:
        assert isinstance(e, queue.Full), "QueueFull is not a queue.Full"
    else:
        raise AssertionError("put_nowait() on a full queue returned normally")
    try:
        q.put("c", block=False)
    except interpreters.QueueFull:
        pass
    else:
        raise AssertionError("put(block=False) on a full queue returned normally")
    assert q.qsize() == 2, f"qsize() is {q.qsize()} after refused puts"
    assert [q.get_nowait(), q.get_nowait()] == ["a", "b"], "items changed by refused puts"


if __name__ == "__main__":
    main()
