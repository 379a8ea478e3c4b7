# Queue.put drops an item when another thread of the interpreter is putting
import threading as _threading
import time as _time
_lock = _threading.Lock()
_busy = [0]
@_patch(_queues.Queue, "put")
def _put(put, self, *args, **kwargs):
    with _lock:
        _busy[0] += 1
        contended = _busy[0] > 1
    try:
        if contended:
            return None
        _time.sleep(0.002)  # a slow path: the window in which a second putter is lost
        return put(self, *args, **kwargs)
    finally:
        with _lock:
            _busy[0] -= 1
# ---- detector ----
import threading
q = interpreters.create_queue()
start = threading.Barrier(2)
def produce(tag):
    start.wait()
    for i in range(20):
        q.put((tag, i))
threads = [threading.Thread(target=produce, args=(t,)) for t in "ab"]
for t in threads:
    t.start()
for t in threads:
    t.join()
assert q.qsize() == 40, "items lost: %d of 40 arrived" % q.qsize()
