# Queue.full() says True one item before maxsize is reached
@_patch(_queues.Queue, "full")
def _full(full, self):
    return self.maxsize > 0 and self.qsize() >= self.maxsize - 1
# ---- detector ----
q = interpreters.create_queue(2)
q.put(1)
assert not q.full(), "full() with one item in a queue of maxsize 2"
