# ---
# clause: section:running-in-an-interpreter
# quote: When exec (or eval) are called in an interpreter, they run using the interpreter's __main__ module as the "globals" namespace.
# level: must
# features: isolation
# description: code run by Interpreter.exec() has the interpreter's __main__ as its globals: names it binds are there, in later exec() calls too, and not in the caller's
# ---
import __main__
from concurrent import interpreters


def main():
    interp = interpreters.create()
    try:
        interp.exec("x = 41\n")
        interp.exec("import __main__\n"
                    "assert globals() is vars(__main__), 'exec() did not run with __main__ as its globals'\n"
                    "assert __main__.x == 41, f'x bound by an earlier exec() is {getattr(__main__, \"x\", None)!r}'\n"
                    "x += 1\n")
        interp.exec("assert x == 42, f'x is {x!r} after two exec() calls bound it'\n")
        assert not hasattr(__main__, "x"), "x was bound in the caller's __main__"
    finally:
        interp.close()


if __name__ == "__main__":
    main()
