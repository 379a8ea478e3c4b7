# ---
# clause: section:reference
# level: should
# features: queues, blocking
# description: get(block=False) and get_nowait() on an empty queue raise QueueEmpty at once, even with a timeout given
# ---
import time
from concurrent import interpreters


def main():
    q = interpreters.create_queue()
    for name, op in (("get(block=False)", lambda: q.get(block=False)),
                     ("get(block=False, timeout=60)", lambda: q.get(False, 60)),
                     ("get_nowait()", q.get_nowait)):
        start = time.monotonic()
        try:
            got = op()
        except interpreters.QueueEmpty:
            pass
        else:
            raise AssertionError(f"{name} on an empty queue returned {got!r}")
        took = time.monotonic() - start
        # At once, with room for a loaded machine: a get that honoured the timeout would wait 60 s, one that
        # blocked would never return (the run's own timeout then fails it).
        assert took < 10, f"{name} blocked for {took:.2f}s"


if __name__ == "__main__":
    main()
