# each exec() starts from a fresh __main__: what one call defines is gone in the next
_FORGET = ("import __main__ as _m\n"
           "for _k in [k for k in vars(_m) if not k.startswith('__')]:\n"
           "    delattr(_m, _k)\n")
@_patch(interpreters.Interpreter, "exec")
def _exec(exec_, self, code, /):
    try:
        return exec_(self, code)
    finally:
        exec_(self, _FORGET)
# ---- detector ----
interp = interpreters.create()
interp.exec("x = 1")
interp.exec("assert x == 1")
interp.close()
