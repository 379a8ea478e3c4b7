# get() on an empty queue returns None at once instead of waiting for an item
@_patch(_queues.Queue, "get")
def _get(get, self, block=True, *args, **kwargs):
    if block and self.empty():
        return None
    return get(self, block, *args, **kwargs)
# ---- detector ----
import threading
q = interpreters.create_queue()
threading.Timer(0.3, q.put, args=(7,)).start()
got = q.get(timeout=60)
assert got == 7, "get() returned %r before the item was put" % (got,)
