# ---
# clause: section:reference
# level: should
# features: queues, blocking
# description: get(timeout=1.5) on an empty queue raises QueueEmpty after waiting at least ~1 s (CPython truncates to whole seconds)
# ---
import time
from concurrent import interpreters


def main():
    q = interpreters.create_queue()
    start = time.monotonic()
    try:
        got = q.get(timeout=1.5)
    except interpreters.QueueEmpty:
        pass
    else:
        raise AssertionError(f"get(timeout=1.5) on an empty queue returned {got!r}; expected QueueEmpty")
    took = time.monotonic() - start
    # CPython 3.14.3 waits int(1.5) = 1 s; a runtime honouring the fraction waits 1.5 s: both are accepted
    assert took >= 0.9, f"get(timeout=1.5) gave up after {took:.2f}s; it must block for at least a second"
    assert took < 20, f"get(timeout=1.5) waited {took:.2f}s"


if __name__ == "__main__":
    main()
