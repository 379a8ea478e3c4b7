# PEP 734 TCK property harness: concurrent producers and consumers on one queue (dev.pep734.tck.property).
# The kit fills in PHASES; the file runs as-is with `python FILE` (it is also the reproducer).
# Producers are threads of main or subinterpreters (each in its own); consumers are threads of main that
# get until the producers are done and the queue is empty. Every repetition of a phase prints
# "@@ <phase> r<n> <items of consumer 1>|<items of consumer 2>..." (items comma-separated), or
# "@@ <phase> r<n> error <what>"; the kit checks: nothing lost, nothing duplicated, per-producer FIFO.
# Python 3.12 syntax and stdlib only.
import threading
import time
from concurrent import interpreters

PRODUCE = r'''
def _produce(tag, count):
    for i in range(count):
        q.put(tag + "." + str(i), timeout=30)
'''
exec(PRODUCE)

#@CASES@


def run_once(subs, maxsize, producers, consumers):
    global q
    q = interpreters.create_queue(maxsize)
    for interp in subs:
        interp.prepare_main(q=q)
    start = threading.Barrier(len(producers) + consumers)
    done = threading.Event()
    got = [[] for _ in range(consumers)]
    errors = []

    def produce(k, in_sub, count, sub):
        start.wait()
        try:
            if in_sub:
                sub.exec(f"_produce('p{k}', {count})")
            else:
                _produce(f"p{k}", count)
        except Exception as e:
            errors.append(f"producer p{k}: {type(e).__qualname__}: {e}")

    def consume(j):
        start.wait()
        while True:
            try:
                got[j].append(q.get_nowait())
            except interpreters.QueueEmpty:
                if done.is_set() and q.empty():
                    return
                time.sleep(0.0005)
            except Exception as e:
                errors.append(f"consumer {j + 1}: {type(e).__qualname__}: {e}")
                return

    threads = []
    next_sub = iter(subs)
    for k, (in_sub, count) in enumerate(producers):
        threads.append(threading.Thread(target=produce, args=(k, in_sub, count, next(next_sub) if in_sub else None)))
    consumer_threads = [threading.Thread(target=consume, args=(j,)) for j in range(consumers)]
    for t in threads + consumer_threads:
        t.start()
    for t in threads:
        t.join(60)
    done.set()
    for t in consumer_threads:
        t.join(60)
    if errors:
        return "error " + "; ".join(errors)
    return "|".join(",".join(str(item) for item in items) for items in got)


def main():
    subs = []
    try:
        for phase, maxsize, producers, consumers, repeats in PHASES:
            needed = sum(1 for in_sub, _ in producers if in_sub)
            while len(subs) < needed:
                interp = interpreters.create()
                interp.exec(PRODUCE)
                subs.append(interp)
            for n in range(repeats):
                print("@@", phase, f"r{n}", run_once(subs[:needed], maxsize, producers, consumers), flush=True)
    finally:
        for interp in subs:
            interp.close()


if __name__ == "__main__":
    main()
