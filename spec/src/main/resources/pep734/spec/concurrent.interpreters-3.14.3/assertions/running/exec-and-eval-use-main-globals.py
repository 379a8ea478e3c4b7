# ---
# clause: section:running-in-an-interpreter
# quote: When exec (or eval) are called in an interpreter, they run using the interpreter's __main__ module as the "globals" namespace.
# level: must
# features: isolation
# description: Interpreter.exec() and the builtins exec/eval called in an interpreter read and bind names in its __main__, which persist between calls
# ---
import __main__
from concurrent import interpreters


def main():
    interp = interpreters.create()
    try:
        interp.exec("x = 41\n")
        interp.exec("import __main__\n"
                    "assert globals() is vars(__main__), 'exec() did not run with __main__ as its globals'\n"
                    "assert __main__.x == 41, f'x bound by an earlier exec() is {getattr(__main__, \"x\", None)!r}'\n")
        got = interp.call(eval, "x + 1")
        assert got == 42, f"eval('x + 1') called in the interpreter gave {got!r}; its __main__ holds x = 41"
        interp.call(exec, "y = x * 2")
        interp.exec("assert y == 82, f'exec() called in the interpreter bound y = {y!r} in __main__'\n")
        for name in ("x", "y"):
            assert not hasattr(__main__, name), f"{name} was bound in the caller's __main__"
    finally:
        interp.close()


if __name__ == "__main__":
    main()
