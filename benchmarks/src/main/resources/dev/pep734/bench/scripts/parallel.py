# Parallel speedup: two interpreters running CPU-bound Python on two threads, and InterpreterPoolExecutor
# with 2 workers on 8 tasks, each against the same work done one after the other. Task sizes are
# calibrated on this implementation, so each side runs tasks of similar duration. The sequential part
# also gives the plain loop speed inside a subinterpreter (cpu_loop).
import threading
from concurrent import interpreters
from concurrent.futures import InterpreterPoolExecutor

import _bench

CPU = '''
def cpu(n):
    total = 0
    for i in range(n):
        total += i
    return total
'''
exec(CPU)


def calibrate(seconds):
    """The n for which cpu(n) takes about `seconds` here (after a warm-up)."""
    n = 10000
    while True:
        t0 = _bench.perf_counter()
        cpu(n)
        took = _bench.perf_counter() - t0
        if took > 0.05:
            return max(1000, int(n * seconds / took))
        n *= 4


def two_interpreters(args, n):
    a, b = interpreters.create(), interpreters.create()
    try:
        for interp in (a, b):
            interp.exec(CPU)
            interp.exec(f'cpu({n // 10})')
        for _, warm in args.batches():
            t0 = _bench.perf_counter()
            a.exec(f'cpu({n})')
            b.exec(f'cpu({n})')
            sequential = _bench.perf_counter() - t0
            # Plain Python speed inside a subinterpreter: where an optimizing runtime shows.
            _bench.emit('cpu_loop', 'Mloops/s', warm, 2 * n / sequential / 1e6)
            threads = [threading.Thread(target=i.exec, args=(f'cpu({n})',)) for i in (a, b)]
            t0 = _bench.perf_counter()
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            parallel = _bench.perf_counter() - t0
            _bench.emit('parallel_speedup', 'x', warm, sequential / parallel)
    finally:
        a.close()
        b.close()


def pool(args, n):
    tasks = [n] * 8
    for _, warm in args.batches():
        t0 = _bench.perf_counter()
        expected = [cpu(k) for k in tasks]
        sequential = _bench.perf_counter() - t0
        t0 = _bench.perf_counter()
        with InterpreterPoolExecutor(max_workers=2) as executor:
            got = list(executor.map(cpu, tasks))
        pooled = _bench.perf_counter() - t0
        if got != expected:
            raise AssertionError('the pool computed something else')
        _bench.emit('pool_speedup', 'x', warm, sequential / pooled)


def main():
    args = _bench.args()
    n = calibrate(0.3 * args.scale)
    _bench.attempt('parallel_speedup', lambda: two_interpreters(args, n))
    _bench.attempt('pool_speedup', lambda: pool(args, n))


if __name__ == '__main__':
    main()
