# ExecutionFailed.excinfo.errdisplay is empty (the traceback is not captured)
@_patch(interpreters.Interpreter, "exec", "call")
def _no_traceback(method, *args, **kwargs):
    try:
        return method(*args, **kwargs)
    except interpreters.ExecutionFailed as e:
        e.excinfo.errdisplay = e.excinfo.formatted
        raise
# ---- detector ----
interp = interpreters.create()
try:
    interp.exec("def f():\n    1/0\nf()\n")
except interpreters.ExecutionFailed as e:
    assert "Traceback" in e.excinfo.errdisplay, "no traceback in errdisplay"
interp.close()
