# call_in_thread() runs the function to the end before it returns
@_patch(interpreters.Interpreter, "call_in_thread")
def _call_in_thread(call_in_thread, self, callable, /, *args, **kwargs):
    t = call_in_thread(self, callable, *args, **kwargs)
    t.join()
    return t
# ---- detector ----
q = interpreters.create_queue()
interp = interpreters.create()
t = interp.call_in_thread(q.get, timeout=5)
assert t.is_alive(), "call_in_thread() waited for the function to finish"
q.put(None)
t.join(30)
interp.close()
