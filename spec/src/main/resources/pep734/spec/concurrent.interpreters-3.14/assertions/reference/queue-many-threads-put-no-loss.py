# ---
# clause: section:reference
# level: should
# features: queues, threads
# description: four threads of main put 250 items each at once; a sub drains the queue and receives each item exactly once
# timeout: 90
# ---
import threading
from concurrent import interpreters

THREADS, PER_THREAD = 4, 250


def drain(q, n):
    return sorted(q.get(timeout=60) for _ in range(n))


def main():
    q = interpreters.create_queue()
    interp = interpreters.create()
    try:
        barrier = threading.Barrier(THREADS)

        def producer(k):
            barrier.wait(60)
            for i in range(PER_THREAD):
                q.put(k * PER_THREAD + i)

        threads = [threading.Thread(target=producer, args=(k,)) for k in range(THREADS)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        assert q.qsize() == THREADS * PER_THREAD, f"qsize() is {q.qsize()} after {THREADS * PER_THREAD} puts"
        got = interp.call(drain, q, THREADS * PER_THREAD)
        expected = list(range(THREADS * PER_THREAD))
        missing = sorted(set(expected) - set(got))
        assert got == expected, (f"the sub received {len(got)} items; missing {missing[:10]}, duplicates "
                                 f"{len(got) - len(set(got))}; concurrent puts must neither lose nor repeat items")
        assert q.empty(), "the queue must be empty after draining"
    finally:
        interp.close()


if __name__ == "__main__":
    main()
