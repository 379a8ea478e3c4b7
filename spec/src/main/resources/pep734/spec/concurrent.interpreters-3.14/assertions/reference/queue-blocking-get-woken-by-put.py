# ---
# clause: section:reference
# level: should
# features: queues, blocking, threads
# description: a blocking get() waits until a sub, started in another thread, puts an item; it does not return early
# ---
import time
from concurrent import interpreters


def put_later(q, go, delay):
    import time
    go.get(timeout=60)
    time.sleep(delay)
    q.put(("late item", time.monotonic()))


def main():
    q = interpreters.create_queue()
    go = interpreters.create_queue()
    interp = interpreters.create()
    try:
        t = interp.call_in_thread(put_later, q, go, 0.5)
        start = time.monotonic()  # before the go signal: the item cannot exist before start + 0.5 s
        go.put(None)
        item, put_at = q.get(timeout=60)
        got_at = time.monotonic()
        t.join(60)
        assert item == "late item", f"got {item!r}"
        assert got_at - start >= 0.45, (
            f"get() returned after {got_at - start:.2f}s, but the item was put only after a 0.5 s sleep; "
            "a blocking get() must wait")
        assert got_at >= put_at, "get() returned before the item was put"
    finally:
        interp.close()


if __name__ == "__main__":
    main()
