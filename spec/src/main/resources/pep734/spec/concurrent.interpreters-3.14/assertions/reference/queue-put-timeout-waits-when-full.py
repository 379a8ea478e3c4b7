# ---
# clause: section:reference
# level: should
# features: queues, blocking
# description: put(timeout=2) on a full queue waits about two seconds, then raises QueueFull without storing the item
# ---
import time
from concurrent import interpreters


def main():
    q = interpreters.create_queue(1)
    q.put("first")
    start = time.monotonic()
    try:
        q.put("second", timeout=2)
    except interpreters.QueueFull:
        pass
    else:
        raise AssertionError("put(timeout=2) on a full queue returned normally; expected QueueFull")
    took = time.monotonic() - start
    assert took >= 1.9, f"put(timeout=2) gave up after {took:.2f}s; it must wait for room until the timeout"
    assert took < 20, f"put(timeout=2) waited {took:.2f}s; the timeout was not honoured"
    assert q.qsize() == 1 and q.get_nowait() == "first", "the refused item must not be stored"


if __name__ == "__main__":
    main()
