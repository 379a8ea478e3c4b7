# a blocking put() on a full queue returns at once and the item is lost
@_patch(_queues.Queue, "put")
def _put(put, self, obj, block=True, *args, **kwargs):
    if block and self.full():
        return None
    return put(self, obj, block, *args, **kwargs)
# ---- detector ----
import threading
q = interpreters.create_queue(1)
q.put(1)
taker = threading.Timer(0.3, q.get)
taker.start()
q.put(2, timeout=60)
taker.join()
assert q.get_nowait() == 2, "the item of the blocking put() is not in the queue"
