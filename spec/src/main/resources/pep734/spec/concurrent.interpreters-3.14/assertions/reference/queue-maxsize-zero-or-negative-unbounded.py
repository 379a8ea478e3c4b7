# ---
# clause: section:reference
# level: should
# features: queues
# description: create_queue(0) and create_queue(-1) are unbounded: never full(), put_nowait() always succeeds; maxsize is kept
# ---
from concurrent import interpreters


def main():
    for maxsize in (0, -1):
        q = interpreters.create_queue(maxsize)
        assert q.maxsize == maxsize, f"create_queue({maxsize}).maxsize is {q.maxsize}"
        for i in range(1000):
            q.put_nowait(i)
        assert not q.full(), f"an unbounded queue (maxsize={maxsize}) reports full() with 1000 items"
        assert q.qsize() == 1000, f"qsize() is {q.qsize()}"
    q = interpreters.create_queue()
    assert q.maxsize == 0, f"create_queue().maxsize is {q.maxsize}, expected 0"


if __name__ == "__main__":
    main()
