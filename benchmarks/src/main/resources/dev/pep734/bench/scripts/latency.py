# Latency of the basic operations: create()/close(), exec('pass'), call(noop), prepare_main(10 values).
import time
from concurrent import interpreters

import _bench

BURST = 5
VALUES = dict(a0=0, a1=1.5, a2='text', a3=b'bytes', a4=None, a5=True, a6=(1, 'two'), a7=2 ** 40,
              a8=-3, a9='x' * 10)


def noop():
    pass


def create_close(args):
    for _, warm in args.batches():
        # After a pause: what a program that creates an interpreter now and then pays.
        time.sleep(0.5)
        t0 = _bench.perf_counter()
        interp = interpreters.create()
        t1 = _bench.perf_counter()
        interp.close()
        t2 = _bench.perf_counter()
        _bench.emit('create_idle', 'ms', warm, (t1 - t0) * 1e3)
        _bench.emit('create_close', 'ms', warm, (t2 - t0) * 1e3)
        # A burst: several creates back to back, then several closes.
        t0 = _bench.perf_counter()
        made = [interpreters.create() for _ in range(BURST)]
        t1 = _bench.perf_counter()
        for interp in made:
            interp.close()
        _bench.emit('create_burst', 'ms', warm, (t1 - t0) * 1e3 / BURST)


def timed(args, metric, warm, op, *op_args, **op_kwargs):
    """One batch of `op` calls, timed per call; an operation that raises marks the metric unsupported."""
    n = args.count(200)

    def measure():
        t0 = _bench.perf_counter()
        for _ in range(n):
            op(*op_args, **op_kwargs)
        _bench.emit(metric, 'us', warm, _bench.per_op(_bench.perf_counter() - t0, n, 'us'))

    _bench.attempt(metric, measure)


def calls(args):
    interp = interpreters.create()
    try:
        for _, warm in args.batches():
            timed(args, 'exec_pass', warm, interp.exec, 'pass')
            timed(args, 'call_noop', warm, interp.call, noop)
            timed(args, 'prepare_main10', warm, interp.prepare_main, **VALUES)
    finally:
        interp.close()


def main():
    args = _bench.args()
    create_close(args)
    calls(args)


if __name__ == '__main__':
    main()
