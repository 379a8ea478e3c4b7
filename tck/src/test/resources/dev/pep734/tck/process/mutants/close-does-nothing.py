# Interpreter.close() does nothing
@_patch(interpreters.Interpreter, "close")
def _close(close, self):
    return None
# ---- detector ----
interp = interpreters.create()
interp.close()
assert interp.id not in [i.id for i in interpreters.list_all()], "still listed after close()"
