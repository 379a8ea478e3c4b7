# The queue exceptions. The released 3.14.3 document names them QueueEmptyError and QueueFullError; CPython
# 3.14.3 calls them QueueEmpty and QueueFull (erratum queue-empty-error-is-queue-empty of the 3.14.3 profile).
# A runtime may use either name; what the checks require is that the class raised is the module's own.
from concurrent import interpreters as _queue_errors_interpreters


def _queue_error(documented, shipped):
    for name in (documented, shipped):
        found = getattr(_queue_errors_interpreters, name, None)
        if isinstance(found, type) and issubclass(found, BaseException):
            return found
    raise AssertionError(f"concurrent.interpreters has neither {documented} (the released document's name) nor "
                         f"{shipped} (CPython 3.14.3's): no exception class for this queue condition")


QueueEmptyError = _queue_error("QueueEmptyError", "QueueEmpty")
QueueFullError = _queue_error("QueueFullError", "QueueFull")
