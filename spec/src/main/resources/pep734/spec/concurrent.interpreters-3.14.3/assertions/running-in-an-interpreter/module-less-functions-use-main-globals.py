# ---
# clause: section:running-in-an-interpreter
# quote: The same is true for functions that aren't associated with any module.
# level: must
# features: isolation
# description: a function that belongs to no module, run with call(), has the interpreter's __main__ as its globals
# ---
# Functions made by exec() or eval() with a globals dict of their own have no module (__module__ is None).
# They reach their globals through globals() here: CPython 3.14.3 refuses such a function that looks a global
# name up directly (erratum module-less-functions-reading-names-refused).
from concurrent import interpreters

x = "the caller's x"


def main():
    ns = {}
    exec("def peek():\n    return globals().get('x'), globals().get('__name__')\n", ns)
    peek = ns["peek"]
    lam = eval("lambda: globals().get('x')", {})
    assert peek.__module__ is None and lam.__module__ is None, (peek.__module__, lam.__module__)
    interp = interpreters.create()
    try:
        interp.exec("x = 'the interpreter\\'s x'\n")
        got = interp.call(peek)
        assert got == ("the interpreter's x", "__main__"), (
            f"a module-less function saw (x, __name__) = {got!r} through globals(); expected the interpreter's "
            "__main__: (\"the interpreter's x\", '__main__')")
        got = interp.call(lam)
        assert got == "the interpreter's x", f"a module-less lambda saw x = {got!r}"
    finally:
        interp.close()


if __name__ == "__main__":
    main()
