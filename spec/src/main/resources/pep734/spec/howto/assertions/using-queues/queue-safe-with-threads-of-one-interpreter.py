# ---
# clause: section:using-queues
# quote: interpreters.queues.Queue is an implementation of the queue.Queue interface that supports safely and efficiently passing data between interpreters.
# level: must
# features: queues, threads
# timeout: 120
# description: threads of one interpreter putting concurrently into one small queue lose, duplicate and reorder nothing; a subinterpreter takes every item
# ---
# queue.Queue is safe for threads; so is this queue between interpreters, also when the concurrent putters are
# threads of the same interpreter (a per-interpreter fast path is where such a race would hide).
import threading
from concurrent import interpreters

N = 300
THREADS = 3

CONSUMER = """
got = tuple(q.get(timeout=10) for _ in range(total))  # a lost item ends the wait
out.put(got)
"""


def main():
    q = interpreters.create_queue(maxsize=5)   # small, so putters also block on a full queue
    out = interpreters.create_queue()
    consumer = interpreters.create()
    try:
        consumer.prepare_main(q=q, out=out, total=THREADS * N)
        errors = []

        def consume():
            try:
                consumer.exec(CONSUMER)
            except BaseException as exc:
                errors.append(exc)

        def produce(name):
            try:
                for i in range(N):
                    q.put((name, i), timeout=60)
            except BaseException as exc:
                errors.append(exc)

        start = threading.Barrier(THREADS)
        putters = [threading.Thread(target=lambda n=n: (start.wait(), produce(n))) for n in range(THREADS)]
        taker = threading.Thread(target=consume)
        taker.start()
        for t in putters:
            t.start()
        for t in putters + [taker]:
            t.join(90)
        assert not errors, f"a putter or the consumer failed: {errors!r}"
        got = out.get(timeout=10)
        assert q.empty(), f"{q.qsize()} items more than were put"
        for name in range(THREADS):
            seq = [i for n, i in got if n == name]
            assert seq == list(range(N)), (
                f"thread {name}: {len(seq)} of {N} items arrived; first missing, doubled or out of order near "
                f"{next((k for k, v in enumerate(seq) if v != k), len(seq))}")
    finally:
        consumer.close()


if __name__ == "__main__":
    main()
