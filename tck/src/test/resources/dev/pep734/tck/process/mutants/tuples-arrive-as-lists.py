# a tuple taken from a queue comes out as a list
@_patch(_queues.Queue, "get", "get_nowait")
def _get(method, *args, **kwargs):
    item = method(*args, **kwargs)
    return list(item) if type(item) is tuple else item
# ---- detector ----
q = interpreters.create_queue()
q.put_nowait((1, 2))
got = q.get_nowait()
assert type(got) is tuple and got == (1, 2), "a tuple came back as %r" % (got,)
