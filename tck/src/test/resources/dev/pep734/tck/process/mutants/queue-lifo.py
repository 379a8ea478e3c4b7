# Queue.get returns the newest item first
@_patch(_queues.Queue, "get")
def _get(get, self, *args, **kwargs):
    items = []
    while True:
        try:
            items.append(self.get_nowait())
        except _queues.QueueEmpty:
            break
    if not items:
        return get(self, *args, **kwargs)
    for item in items[:-1]:
        self.put_nowait(item)
    return items[-1]
# ---- detector ----
q = interpreters.create_queue()
q.put(1)
q.put(2)
assert q.get() == 1, "not FIFO"
