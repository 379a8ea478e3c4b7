# ---
# clause: section:reference
# level: should
# features: queues, blocking
# description: get() and put() with timeout=-1 raise ValueError; timeout=0 on an empty queue raises QueueEmpty at once
# ---
import time
from concurrent import interpreters


def main():
    q = interpreters.create_queue(1)
    for name, op in (("get", lambda: q.get(timeout=-1)),):
        try:
            op()
        except ValueError:
            pass
        else:
            raise AssertionError(f"{name}(timeout=-1) did not raise ValueError")
    q.put(1)
    try:
        q.put(2, timeout=-1)
    except ValueError:
        pass
    else:
        raise AssertionError("put(timeout=-1) did not raise ValueError")
    assert q.get_nowait() == 1
    start = time.monotonic()
    try:
        q.get(timeout=0)
    except interpreters.QueueEmpty:
        pass
    else:
        raise AssertionError("get(timeout=0) on an empty queue returned")
    # At once, with room for a loaded machine; a get taking 0 as "no timeout" would never return.
    assert time.monotonic() - start < 5, "get(timeout=0) waited"


if __name__ == "__main__":
    main()
