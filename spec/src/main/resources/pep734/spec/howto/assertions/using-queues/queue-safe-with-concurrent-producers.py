# ---
# clause: section:using-queues
# quote: interpreters.queues.Queue is an implementation of the queue.Queue interface that supports safely and efficiently passing data between interpreters.
# level: must
# features: queues, threads
# timeout: 120
# description: two interpreters putting concurrently into one small queue lose, duplicate and reorder nothing of either producer
# ---
import threading
from concurrent import interpreters

N = 300

PRODUCER = """
for i in range(N):
    q.put((name, i), timeout=60)
"""


def main():
    q = interpreters.create_queue(maxsize=5)   # small, so producers block on a full queue too
    producers = [interpreters.create() for _ in range(2)]
    try:
        threads = []
        errors = []
        for name, interp in zip("ab", producers):
            interp.prepare_main(q=q, name=name, N=N)

            def run(interp=interp):
                try:
                    interp.exec(PRODUCER)
                except BaseException as exc:
                    errors.append(exc)

            threads.append(threading.Thread(target=run))
        for t in threads:
            t.start()
        got = [q.get(timeout=60) for _ in range(2 * N)]
        for t in threads:
            t.join(60)
        assert not errors, f"a producer failed: {errors!r}"
        assert q.empty(), f"{q.qsize()} items more than were put"
        for name in "ab":
            seq = [i for n, i in got if n == name]
            assert seq == list(range(N)), (
                f"producer {name}: {len(seq)} items, first out of order or missing near "
                f"{next((k for k, v in enumerate(seq) if v != k), len(seq))}")
    finally:
        for interp in producers:
            interp.close()


if __name__ == "__main__":
    main()
