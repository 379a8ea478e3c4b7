# Checks that the queue keeps items in FIFO order and loses or repeats none, with several producers and consumers;
# shared by the 3.14 profile (should) and the 3.14.3 profile (must). Include queue_errors.py before this file.
from concurrent import interpreters
import threading


def check_queue_fifo_single_producer():
    """items come out in the order they went in: within main, and main to a sub."""
    q = interpreters.create_queue()
    for i in range(50):
        q.put(i)
    got = [q.get(timeout=10) for _ in range(50)]
    assert got == list(range(50)), f"got {got[:10]}...; a queue is first in, first out"
    back = interpreters.create_queue()
    interp = interpreters.create()
    try:
        interp.prepare_main(q=q, back=back)
        for i in range(50):
            q.put(("item", i))
        interp.exec("back.put(tuple(q.get(timeout=10)[1] for _ in range(50)))")
        order = back.get(timeout=10)
        assert order == tuple(range(50)), f"the sub got {order[:10]}...; expected 0..49 in order"
    finally:
        interp.close()


_queue_fifo_per_producer_N = 200


def _produce(q, tag, n):
    for i in range(n):
        q.put((tag, i))


def check_queue_fifo_per_producer():
    """two sub producers put 200 items each concurrently; main gets all 400, none lost or doubled, each in
    order."""
    q = interpreters.create_queue()
    producers = [interpreters.create() for _ in range(2)]
    try:
        threads = [p.call_in_thread(_produce, q, f"p{k}", _queue_fifo_per_producer_N) for k, p in enumerate(producers)]
        got = [q.get(timeout=60) for _ in range(2 * _queue_fifo_per_producer_N)]
        for t in threads:
            t.join(60)
        assert q.empty(), f"{q.qsize()} unexpected extra items left in the queue"
        for tag in ("p0", "p1"):
            seq = [i for (t, i) in got if t == tag]
            assert seq == list(range(_queue_fifo_per_producer_N)), (
                f"items of producer {tag} arrived as {seq[:10]}... ({len(seq)} items); expected 0..{_queue_fifo_per_producer_N - 1} in order "
                "(a queue is FIFO: no loss, duplication or reordering per producer)")
    finally:
        for p in producers:
            p.close()


_THREADS, _PER_THREAD = 4, 250


def _drain(q, n):
    return sorted(q.get(timeout=60) for _ in range(n))


def check_queue_many_threads_put_no_loss():
    """four threads of main put 250 items each at once; a sub drains the queue and receives each item exactly
    once."""
    q = interpreters.create_queue()
    interp = interpreters.create()
    try:
        barrier = threading.Barrier(_THREADS)

        def producer(k):
            barrier.wait(60)
            for i in range(_PER_THREAD):
                q.put(k * _PER_THREAD + i)

        threads = [threading.Thread(target=producer, args=(k,)) for k in range(_THREADS)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        assert q.qsize() == _THREADS * _PER_THREAD, f"qsize() is {q.qsize()} after {_THREADS * _PER_THREAD} puts"
        got = interp.call(_drain, q, _THREADS * _PER_THREAD)
        expected = list(range(_THREADS * _PER_THREAD))
        missing = sorted(set(expected) - set(got))
        assert got == expected, (f"the sub received {len(got)} items; missing {missing[:10]}, duplicates "
                                 f"{len(got) - len(set(got))}; concurrent puts must neither lose nor repeat items")
        assert q.empty(), "the queue must be empty after draining"
    finally:
        interp.close()


_queue_concurrent_consumers_N = 300


def _consume(q, out, n):
    got = []
    while True:
        item = q.get(timeout=30)
        if item is None:
            break
        got.append(item)
    out.put(tuple(got))


def check_queue_concurrent_consumers():
    """two subinterpreters consuming one queue concurrently get each item exactly once."""
    q = interpreters.create_queue()
    out = interpreters.create_queue()
    consumers = [interpreters.create() for _ in range(2)]
    try:
        threads = [c.call_in_thread(_consume, q, out, _queue_concurrent_consumers_N) for c in consumers]
        for i in range(_queue_concurrent_consumers_N):
            q.put(i)
        q.put(None)
        q.put(None)
        parts = [out.get(timeout=60) for _ in consumers]
        for t in threads:
            t.join(60)
        seen = sorted(parts[0] + parts[1])
        assert seen == list(range(_queue_concurrent_consumers_N)), (f"consumers got {len(seen)} items, {len(set(seen))} distinct; "
                                        f"expected each of 0..{_queue_concurrent_consumers_N - 1} exactly once")
        for part in parts:
            assert list(part) == sorted(part), "one consumer saw items out of order"
    finally:
        for c in consumers:
            c.close()
