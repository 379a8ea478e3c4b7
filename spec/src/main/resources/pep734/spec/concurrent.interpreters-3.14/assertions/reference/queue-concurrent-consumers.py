# ---
# clause: section:reference
# level: should
# features: queues, threads
# description: two subinterpreters consuming one queue concurrently get each item exactly once
# ---
from concurrent import interpreters

N = 300


def consume(q, out, n):
    got = []
    while True:
        item = q.get(timeout=30)
        if item is None:
            break
        got.append(item)
    out.put(tuple(got))


def main():
    q = interpreters.create_queue()
    out = interpreters.create_queue()
    consumers = [interpreters.create() for _ in range(2)]
    try:
        threads = [c.call_in_thread(consume, q, out, N) for c in consumers]
        for i in range(N):
            q.put(i)
        q.put(None)
        q.put(None)
        parts = [out.get(timeout=60) for _ in consumers]
        for t in threads:
            t.join(60)
        seen = sorted(parts[0] + parts[1])
        assert seen == list(range(N)), (f"consumers got {len(seen)} items, {len(set(seen))} distinct; "
                                        f"expected each of 0..{N - 1} exactly once")
        for part in parts:
            assert list(part) == sorted(part), "one consumer saw items out of order"
    finally:
        for c in consumers:
            c.close()


if __name__ == "__main__":
    main()
