# Queue.put silently drops every third item
_count = {}
@_patch(_queues.Queue, "put")
def _put(put, self, *args, **kwargs):
    _count[self.id] = _count.get(self.id, 0) + 1
    if _count[self.id] % 3 == 0:
        return None
    return put(self, *args, **kwargs)
# ---- detector ----
q = interpreters.create_queue()
for i in range(6):
    q.put(i)
assert [q.get() for _ in range(q.qsize())] == list(range(6)), "items lost"
