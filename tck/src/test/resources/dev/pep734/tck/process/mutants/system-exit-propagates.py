# SystemExit in a subinterpreter is raised as SystemExit in the caller
_raise_instead(interpreters.ExecutionFailed,
               lambda e: SystemExit(e.excinfo.msg) if e.excinfo.type.__name__ == "SystemExit" else e,
               interpreters.Interpreter, "exec", "call")
# ---- detector ----
interp = interpreters.create()
try:
    interp.exec("raise SystemExit(3)")
except interpreters.ExecutionFailed:
    pass
except SystemExit:
    raise AssertionError("SystemExit crossed into the caller")
interp.close()
