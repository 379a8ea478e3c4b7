# ---
# clause: section:reference
# level: should
# features: queues, blocking, threads
# description: put() on a full queue blocks until a sub takes an item; it does not return early and loses nothing
# ---
import time
from concurrent import interpreters


def take_later(q, go, delay):
    import time
    go.get(timeout=60)
    time.sleep(delay)
    return q.get(timeout=60)


def main():
    q = interpreters.create_queue(1)
    go = interpreters.create_queue()
    interp = interpreters.create()
    try:
        q.put("first")
        t = interp.call_in_thread(take_later, q, go, 0.5)
        start = time.monotonic()  # before the go signal: room cannot be made before start + 0.5 s
        go.put(None)
        q.put("second", timeout=60)
        took = time.monotonic() - start
        t.join(60)
        assert took >= 0.45, (f"put() on a full queue returned after {took:.2f}s, but room was made only after "
                              "a 0.5 s sleep; a blocking put() must wait")
        assert q.qsize() == 1 and q.get_nowait() == "second", "after one get and one put the queue must hold 'second'"
    finally:
        interp.close()


if __name__ == "__main__":
    main()
