# prepare_main binds changed copies (ints + 1)
def _bump(value):
    return value + 1 if type(value) is int else value
@_patch(interpreters.Interpreter, "prepare_main")
def _prepare_main(prepare_main, self, ns=None, /, **kwargs):
    ns = None if ns is None else {k: _bump(v) for k, v in dict(ns).items()}
    return prepare_main(self, ns, **{k: _bump(v) for k, v in kwargs.items()})
# ---- detector ----
interp = interpreters.create()
interp.prepare_main(x=41)
interp.exec("assert x == 41, x")
interp.close()
