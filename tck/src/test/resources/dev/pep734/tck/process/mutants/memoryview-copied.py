# a memoryview sent to another interpreter arrives as a read-only copy
def _copy_views(value):
    return memoryview(bytes(value)) if isinstance(value, memoryview) else value
@_patch(interpreters.Interpreter, "prepare_main")
def _prepare_main(prepare_main, self, ns=None, /, **kwargs):
    ns = {k: _copy_views(v) for k, v in dict(ns or {}, **kwargs).items()}
    return prepare_main(self, ns)
@_patch(_queues.Queue, "put")
def _put(put, self, obj, *args, **kwargs):
    return put(self, _copy_views(obj), *args, **kwargs)
# ---- detector ----
data = bytearray(b"ab")
interp = interpreters.create()
interp.prepare_main(m=memoryview(data))
try:
    interp.exec("m[0] = ord('Z')")
except interpreters.ExecutionFailed as e:
    raise AssertionError("the view is read-only: " + e.excinfo.formatted)
assert data[0] == ord("Z"), "the sub's write is not visible"
interp.close()
