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


def calls(args):
    interp = interpreters.create()
    try:
        n = args.count(200)
        for _, warm in args.batches():
            t0 = _bench.perf_counter()
            for _ in range(n):
                interp.exec('pass')
            _bench.emit('exec_pass', 'us', warm, _bench.per_op(_bench.perf_counter() - t0, n, 'us'))
            t0 = _bench.perf_counter()
            for _ in range(n):
                interp.call(noop)
            _bench.emit('call_noop', 'us', warm, _bench.per_op(_bench.perf_counter() - t0, n, 'us'))
            t0 = _bench.perf_counter()
            for _ in range(n):
                interp.prepare_main(**VALUES)
            _bench.emit('prepare_main10', 'us', warm, _bench.per_op(_bench.perf_counter() - t0, n, 'us'))
    finally:
        interp.close()


def main():
    args = _bench.args()
    create_close(args)
    calls(args)


if __name__ == '__main__':
    main()
