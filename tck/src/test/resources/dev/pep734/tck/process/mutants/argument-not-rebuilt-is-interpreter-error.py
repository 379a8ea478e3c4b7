# a call() argument the target interpreter cannot rebuild raises InterpreterError instead of NotShareableError
# CPython says "args not shareable" (or kwargs, func) when the target cannot rebuild what was sent.
@_patch(interpreters.Interpreter, "call")
def _call(call, self, *args, **kwargs):
    try:
        return call(self, *args, **kwargs)
    except interpreters.NotShareableError as e:
        if str(e).endswith("not shareable"):
            raise interpreters.InterpreterError(f"interpreter failed: NotShareableError: {e}") from None
        raise
# ---- detector ----
class Unbuildable:
    def __reduce__(self):
        return (int, ("not a number",))  # pickles; rebuilding it raises ValueError
interp = interpreters.create()
try:
    interp.call(len, Unbuildable())
except interpreters.NotShareableError:
    pass
else:
    raise AssertionError("an argument the target cannot rebuild crossed")
interp.close()
