# ---
# clause: section:reference
# level: should
# features: queues
# description: create_queue(maxsize=2) holds two items; a third put_nowait raises QueueFull and is not stored
# ---
import queue
from concurrent import interpreters


def main():
    q = interpreters.create_queue(2)
    assert q.maxsize == 2, f"maxsize is {q.maxsize!r}, expected 2"
    q.put_nowait("a")
    assert not q.full(), "one item of two: full() must be False"
    q.put_nowait("b")
    assert q.full() and q.qsize() == 2, f"two items of two: full()={q.full()!r}, qsize()={q.qsize()!r}"
    try:
        q.put_nowait("c")
    except interpreters.QueueFull as e:
        assert isinstance(e, queue.Full), "QueueFull should also be a queue.Full"
    except Exception as e:
        raise AssertionError(f"put_nowait on a full queue raised {type(e).__name__}: {e}; expected QueueFull") from e
    else:
        raise AssertionError("put_nowait on a full queue (maxsize=2) returned normally; expected QueueFull")
    got = [q.get_nowait(), q.get_nowait()]
    assert got == ["a", "b"] and q.empty(), f"the queue held {got!r} (+{q.qsize()} more); the refused 'c' must not be stored"
    unbounded = interpreters.create_queue()
    for i in range(1000):
        unbounded.put_nowait(i)
    assert unbounded.qsize() == 1000 and not unbounded.full(), "maxsize=0 means unbounded"


if __name__ == "__main__":
    main()
