# ---
# clause: section:reference
# level: should
# features: queues, errors
# description: QueueEmpty and QueueFull subclass QueueError (a RuntimeError) and queue.Empty / queue.Full
# ---
import queue
from concurrent import interpreters
from concurrent.interpreters import _queues


def main():
    assert issubclass(interpreters.QueueEmpty, queue.Empty), interpreters.QueueEmpty.__mro__
    assert issubclass(interpreters.QueueFull, queue.Full), interpreters.QueueFull.__mro__
    for cls in (interpreters.QueueEmpty, interpreters.QueueFull, _queues.QueueNotFoundError):
        assert issubclass(cls, _queues.QueueError), f"{cls.__name__} is not a QueueError"
    assert issubclass(_queues.QueueError, RuntimeError), _queues.QueueError.__mro__
    q = interpreters.create_queue()
    try:
        q.get_nowait()
    except queue.Empty:
        pass
    else:
        raise AssertionError("get_nowait() on an empty queue returned normally")


if __name__ == "__main__":
    main()
