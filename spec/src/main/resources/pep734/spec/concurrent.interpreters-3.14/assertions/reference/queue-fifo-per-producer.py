# ---
# clause: section:reference
# level: should
# features: queues, threads
# description: two sub producers put 200 items each concurrently; main gets all 400, none lost or doubled, each in order
# timeout: 90
# ---
from concurrent import interpreters

N = 200


def produce(q, tag, n):
    for i in range(n):
        q.put((tag, i))


def main():
    q = interpreters.create_queue()
    producers = [interpreters.create() for _ in range(2)]
    try:
        threads = [p.call_in_thread(produce, q, f"p{k}", N) for k, p in enumerate(producers)]
        got = [q.get(timeout=60) for _ in range(2 * N)]
        for t in threads:
            t.join(60)
        assert q.empty(), f"{q.qsize()} unexpected extra items left in the queue"
        for tag in ("p0", "p1"):
            seq = [i for (t, i) in got if t == tag]
            assert seq == list(range(N)), (
                f"items of producer {tag} arrived as {seq[:10]}... ({len(seq)} items); expected 0..{N - 1} in order "
                "(a queue is FIFO: no loss, duplication or reordering per producer)")
    finally:
        for p in producers:
            p.close()


if __name__ == "__main__":
    main()
