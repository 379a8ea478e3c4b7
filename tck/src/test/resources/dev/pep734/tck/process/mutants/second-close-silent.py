# a second close() returns silently instead of raising InterpreterNotFoundError
@_patch(interpreters.Interpreter, "close")
def _close(close, self):
    try:
        return close(self)
    except interpreters.InterpreterNotFoundError:
        return None
# ---- detector ----
interp = interpreters.create()
interp.close()
try:
    interp.close()
except interpreters.InterpreterNotFoundError:
    pass
else:
    raise AssertionError("closing a closed interpreter succeeded")
