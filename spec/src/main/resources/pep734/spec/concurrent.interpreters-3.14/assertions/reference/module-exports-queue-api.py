# ---
# clause: section:reference
# level: should
# features: queues
# description: besides the documented names, the module exports is_shareable, create_queue, Queue, QueueEmpty and QueueFull
# ---
import queue
from concurrent import interpreters


def main():
    names = ("get_current", "get_main", "create", "list_all", "is_shareable", "Interpreter", "InterpreterError",
             "InterpreterNotFoundError", "ExecutionFailed", "NotShareableError", "create_queue", "Queue",
             "QueueEmpty", "QueueFull")
    missing = [n for n in names if not hasattr(interpreters, n)]
    assert not missing, f"concurrent.interpreters lacks {missing} (CPython 3.14 exports them in __all__)"
    assert sorted(interpreters.__all__) == sorted(names), f"__all__ is {interpreters.__all__}"
    assert issubclass(interpreters.QueueEmpty, queue.Empty), "QueueEmpty should subclass queue.Empty"
    assert issubclass(interpreters.QueueFull, queue.Full), "QueueFull should subclass queue.Full"


if __name__ == "__main__":
    main()
