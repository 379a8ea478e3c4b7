# ---
# clause: section:reference
# level: should
# features: queues
# description: get_nowait() and get(block=False) on an empty queue raise QueueEmpty at once
# ---
import queue
import time
from concurrent import interpreters


def main():
    q = interpreters.create_queue()
    for name, op in (("get_nowait()", q.get_nowait), ("get(block=False)", lambda: q.get(block=False))):
        start = time.monotonic()
        try:
            got = op()
        except interpreters.QueueEmpty as e:
            assert isinstance(e, queue.Empty), "QueueEmpty should also be a queue.Empty"
        except Exception as e:
            raise AssertionError(f"{name} on an empty queue raised {type(e).__name__}: {e}; expected QueueEmpty") from e
        else:
            raise AssertionError(f"{name} on an empty queue returned {got!r}; expected QueueEmpty")
        took = time.monotonic() - start
        assert took < 5, f"{name} waited {took:.2f}s; a non-blocking get must not wait"
    q.put(1)
    assert q.get_nowait() == 1, "get_nowait() must return an available item"


if __name__ == "__main__":
    main()
