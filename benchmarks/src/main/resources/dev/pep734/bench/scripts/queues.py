# Queues between two interpreters: blocking round trip, one-way throughput, and a 64 MiB shared memoryview
# (64 MiB times --scale).
import threading
from concurrent import interpreters
from concurrent.interpreters import QueueEmpty, create_queue

import _bench

ECHO = '''
while True:
    item = inbox.get()
    if item is None:
        break
    outbox.put(item)
'''

# Spins on get_nowait(), as a consumer that wants throughput would; counts `expected` items.
CONSUME = '''
from concurrent.interpreters import QueueEmpty
left = expected
while left:
    try:
        inbox.get_nowait()
    except QueueEmpty:
        continue
    left -= 1
'''


class InThread(threading.Thread):
    """interp.exec(code) on a thread of its own; join() raises what the exec raised."""

    def __init__(self, interp, code):
        super().__init__()
        self.interp, self.code, self.error = interp, code, None
        self.start()

    def run(self):
        try:
            self.interp.exec(self.code)
        except BaseException as e:
            self.error = e

    def join(self, timeout=None):
        super().join(timeout)
        if self.error is not None:
            raise self.error


def round_trip(args, interp):
    inbox, outbox = create_queue(), create_queue()
    interp.prepare_main(inbox=inbox, outbox=outbox)
    echo = InThread(interp, ECHO)
    n = args.count(20)
    try:
        for _, warm in args.batches():
            t0 = _bench.perf_counter()
            for i in range(n):
                inbox.put(i)
                outbox.get()
            _bench.emit('queue_roundtrip_blocking', 'us', warm, _bench.per_op(_bench.perf_counter() - t0, n, 'us'))
    finally:
        inbox.put(None)
        echo.join()


def one_way(args, interp, metric, item, n):
    inbox = create_queue()
    interp.prepare_main(inbox=inbox, expected=n)
    for _, warm in args.batches():
        consumer = InThread(interp, CONSUME)
        t0 = _bench.perf_counter()
        for _ in range(n):
            inbox.put(item)
        consumer.join()
        _bench.emit(metric, 'items/s', warm, n / (_bench.perf_counter() - t0))


def shared_memory(args, interp):
    size = args.count(64 << 20)
    view = memoryview(bytearray(size))
    interp.prepare_main(view=view)
    interp.exec('patterns = [bytes([1]) * len(view), bytes([2]) * len(view)]')
    for index, warm in args.batches():
        value = 1 + index % 2
        t0 = _bench.perf_counter()
        interp.exec(f'view[:] = patterns[{value - 1}]')
        data = view.tobytes()
        elapsed = _bench.perf_counter() - t0
        if data[0] != value or data[-1] != value or data[size // 2] != value:
            raise AssertionError('the main interpreter did not see what the subinterpreter wrote')
        _bench.emit('memoryview_64m', 'MiB/s', warm, size / (1 << 20) / elapsed)


def main():
    args = _bench.args()
    interp = interpreters.create()
    try:
        _bench.attempt('queue_roundtrip_blocking', lambda: round_trip(args, interp))
        for metric, item, n in (('oneway_int', 12345, 20000), ('oneway_bytes100', b'x' * 100, 20000),
                                ('oneway_bytes1m', b'x' * (1 << 20), 50)):
            _bench.attempt(metric, lambda: one_way(args, interp, metric, item, args.count(n)))
        _bench.attempt('memoryview_64m', lambda: shared_memory(args, interp))
    finally:
        interp.close()


if __name__ == '__main__':
    main()
