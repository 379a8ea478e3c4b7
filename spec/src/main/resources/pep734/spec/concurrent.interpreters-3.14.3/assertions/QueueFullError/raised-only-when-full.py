# ---
# clause: api:QueueFullError
# quote: This exception, a subclass of queue.Full, is raised from Queue.put and Queue.put_nowait when the queue is full.
# level: must
# includes: queue_errors.py, raising.py
# features: queues, errors
# description: the module's queue-full exception subclasses queue.Full and is exactly what put() and put_nowait() raise on a full queue, in any interpreter, and only then
# ---
# The document names the class QueueFullError; CPython 3.14.3 calls it QueueFull (erratum
# queue-full-error-is-queue-full): queue_errors.py takes either.
import queue
from concurrent import interpreters


def put_nowait_in_sub(q):
    try:
        q.put_nowait("from the sub")
    except Exception as e:
        return type(e).__module__, type(e).__qualname__
    return None


def main():
    assert issubclass(QueueFullError, queue.Full), f"{QueueFullError.__qualname__} is not a queue.Full"
    q = interpreters.create_queue(1)
    for what, op in (("put_nowait()", lambda: q.put_nowait("extra")), ("put(block=False)", lambda: q.put("extra", False)),
                     ("put(timeout=1)", lambda: q.put("extra", timeout=1))):
        q.put_nowait("filler")
        with must_raise(QueueFullError, f"{what} on a full queue", hint="the module's own class"):
            op()
        assert q.get_nowait() == "filler" and q.empty(), f"the refused {what} changed the queue"
        op()
        assert q.get_nowait() == "extra", f"{what} raised or lost the item when the queue had room"
    q.put_nowait("filler")
    interp = interpreters.create()
    try:
        got = interp.call(put_nowait_in_sub, q)
        want = (QueueFullError.__module__, QueueFullError.__qualname__)
        assert got == want, f"put_nowait() on a full queue in a subinterpreter raised {got}, expected {want}"
    finally:
        interp.close()


if __name__ == "__main__":
    main()
