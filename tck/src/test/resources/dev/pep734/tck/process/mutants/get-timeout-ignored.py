# a blocking get(timeout=1) gives up at once
@_patch(_queues.Queue, "get")
def _get(get, self, block=True, timeout=None, **kwargs):
    if block and timeout is not None:
        return self.get_nowait()
    return get(self, block, timeout, **kwargs)
# ---- detector ----
import time
q = interpreters.create_queue()
start = time.monotonic()
try:
    q.get(timeout=1)
except interpreters.QueueEmpty:
    pass
waited = time.monotonic() - start
assert waited >= 0.9, "get(timeout=1) gave up after %.3f s" % waited
