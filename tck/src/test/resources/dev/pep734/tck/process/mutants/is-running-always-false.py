# Interpreter.is_running() is always False
@_patch(interpreters.Interpreter, "is_running")
def _is_running(is_running, self):
    return False
# ---- detector ----
assert interpreters.get_main().is_running(), "main is not running while it runs this"
