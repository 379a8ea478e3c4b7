# prepare_main pickles objects that are not shareable instead of refusing them
import pickle as _pickle
@_patch(interpreters.Interpreter, "prepare_main")
def _prepare_main(prepare_main, self, ns=None, /, **kwargs):
    ns = dict(ns or {}, **kwargs)
    plain = {k: v for k, v in ns.items() if interpreters.is_shareable(v)}
    pickled = {k: _pickle.dumps(v) for k, v in ns.items() if k not in plain}
    prepare_main(self, plain, _pickled_=_pickle.dumps(pickled))
    self.exec("import pickle as _p\nglobals().update({k: _p.loads(v) for k, v in "
              "_p.loads(_pickled_).items()})\ndel _pickled_, _p\n")
# ---- detector ----
interp = interpreters.create()
try:
    interp.prepare_main(x=[1])
except interpreters.NotShareableError:
    pass
else:
    raise AssertionError("a list was bound without NotShareableError")
interp.close()
