# an empty queue raises the stdlib queue.Empty instead of interpreters.QueueEmpty
import queue as _stdlib_queue
_raise_instead(_queues.QueueEmpty, lambda e: _stdlib_queue.Empty(str(e)), _queues.Queue, "get", "get_nowait")
# ---- detector ----
q = interpreters.create_queue()
try:
    q.get_nowait()
except interpreters.QueueEmpty:
    pass
