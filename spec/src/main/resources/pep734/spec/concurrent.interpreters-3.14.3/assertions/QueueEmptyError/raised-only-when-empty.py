# ---
# clause: api:QueueEmptyError
# quote: This exception, a subclass of queue.Empty, is raised from Queue.get and Queue.get_nowait when the queue is empty.
# level: must
# includes: queue_errors.py, raising.py
# features: queues, errors
# description: the module's queue-empty exception subclasses queue.Empty and is exactly what get() and get_nowait() raise on an empty queue, in any interpreter, and only then
# ---
# The document names the class QueueEmptyError; CPython 3.14.3 calls it QueueEmpty (erratum
# queue-empty-error-is-queue-empty): queue_errors.py takes either.
import queue
from concurrent import interpreters


def get_nowait_in_sub(q):
    from concurrent import interpreters
    try:
        q.get_nowait()
    except Exception as e:
        return type(e).__module__, type(e).__qualname__
    return None


def main():
    assert issubclass(QueueEmptyError, queue.Empty), f"{QueueEmptyError.__qualname__} is not a queue.Empty"
    q = interpreters.create_queue()
    for what, op in (("get_nowait()", q.get_nowait), ("get(block=False)", lambda: q.get(block=False)),
                     ("get(timeout=1)", lambda: q.get(timeout=1))):
        with must_raise(QueueEmptyError, f"{what} on an empty queue", hint="the module's own class"):
            op()
        q.put(what)
        assert op() == what, f"{what} raised or lost the item when the queue held one"
    interp = interpreters.create()
    try:
        got = interp.call(get_nowait_in_sub, q)
        want = (QueueEmptyError.__module__, QueueEmptyError.__qualname__)
        assert got == want, f"get_nowait() on an empty queue in a subinterpreter raised {got}, expected {want}"
    finally:
        interp.close()


if __name__ == "__main__":
    main()
