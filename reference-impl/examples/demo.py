"""Two interpreters on two threads: a queue carries work and results, a shared memoryview carries bytes.

Run it with the reference implementation (after `mvn package`):  reference-impl/target/bin/python3 reference-impl/examples/demo.py
or with CPython 3.14:                                             python3.14 reference-impl/examples/demo.py
"""
import threading
from concurrent import interpreters

WORKER = """
from concurrent import interpreters
total = 0
while True:
    n = tasks.get()              # blocks until the main interpreter puts something
    if n is None:
        break
    total += sum(i * i for i in range(n))
    shared[slot] = (shared[slot] + 1) % 256   # write into memory the main interpreter sees
results.put((slot, total))
"""


def main():
    tasks = interpreters.create_queue()
    results = interpreters.create_queue()
    shared = memoryview(bytearray(2))
    workers = [interpreters.create() for _ in range(2)]
    try:
        threads = []
        for slot, interp in enumerate(workers):
            interp.prepare_main(tasks=tasks, results=results, shared=shared, slot=slot)
            threads.append(threading.Thread(target=interp.exec, args=(WORKER,)))
        for t in threads:
            t.start()
        for n in [10, 20, 30, 40, 50, 60]:
            tasks.put(n)
        for _ in workers:
            tasks.put(None)
        for t in threads:
            t.join()
        totals = sorted(results.get(timeout=5) for _ in workers)
        print("interpreters:", [i.id for i in interpreters.list_all()])
        print("sum of both totals:", sum(total for _, total in totals))
        print("items handled, as written by the workers into shared memory:", sum(shared.tobytes()))
    finally:
        for interp in workers:
            interp.close()


if __name__ == "__main__":
    main()
