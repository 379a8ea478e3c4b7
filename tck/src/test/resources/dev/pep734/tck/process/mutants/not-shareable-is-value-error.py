# sharing failures raise ValueError instead of NotShareableError
for _owner, _names in ((interpreters.Interpreter, ("prepare_main", "call", "call_in_thread")),
                       (_queues.Queue, ("put",))):
    _raise_instead(interpreters.NotShareableError, lambda e: ValueError(str(e)), _owner, *_names)
# ---- detector ----
interp = interpreters.create()
try:
    interp.prepare_main(x=[1])
except interpreters.NotShareableError:
    pass
else:
    raise AssertionError("a list was bound without NotShareableError")
interp.close()
