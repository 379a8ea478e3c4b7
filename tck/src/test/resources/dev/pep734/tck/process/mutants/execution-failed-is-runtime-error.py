# ExecutionFailed is replaced by RuntimeError
_raise_instead(interpreters.ExecutionFailed, lambda e: RuntimeError(str(e)),
               interpreters.Interpreter, "exec", "call")
interpreters.ExecutionFailed = RuntimeError
# ---- detector ----
interp = interpreters.create()
try:
    interp.exec("raise ValueError('x')")
except interpreters.ExecutionFailed as e:
    assert issubclass(interpreters.ExecutionFailed, interpreters.InterpreterError), "wrong base"
    assert e.excinfo.type.__name__ == "ValueError", e.excinfo
interp.close()
