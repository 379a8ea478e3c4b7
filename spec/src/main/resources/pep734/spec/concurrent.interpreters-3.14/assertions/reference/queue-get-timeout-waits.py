# ---
# clause: section:reference
# level: should
# features: queues, blocking
# description: get(timeout=2) on an empty queue waits about two seconds, then raises QueueEmpty
# ---
import time
from concurrent import interpreters


def main():
    q = interpreters.create_queue()
    start = time.monotonic()
    try:
        got = q.get(timeout=2)
    except interpreters.QueueEmpty:
        pass
    else:
        raise AssertionError(f"get(timeout=2) on an empty queue returned {got!r}; expected QueueEmpty")
    took = time.monotonic() - start
    assert took >= 1.9, f"get(timeout=2) gave up after {took:.2f}s; it must wait for the timeout before QueueEmpty"
    assert took < 20, f"get(timeout=2) waited {took:.2f}s; the timeout was not honoured"


if __name__ == "__main__":
    main()
