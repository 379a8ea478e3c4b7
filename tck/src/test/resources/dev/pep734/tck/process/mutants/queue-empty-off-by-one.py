# Queue.empty() says True while one item is still in the queue
@_patch(_queues.Queue, "empty")
def _empty(empty, self):
    return self.qsize() <= 1
# ---- detector ----
q = interpreters.create_queue()
q.put(1)
assert not q.empty(), "empty() with one item in the queue"
