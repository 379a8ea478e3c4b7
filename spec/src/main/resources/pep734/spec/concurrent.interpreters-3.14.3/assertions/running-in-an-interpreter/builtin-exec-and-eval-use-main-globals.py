# ---
# clause: section:running-in-an-interpreter
# quote: When exec (or eval) are called in an interpreter, they run using the interpreter's __main__ module as the "globals" namespace.
# level: must
# features: isolation
# description: the builtins eval() and exec() run with call() in an interpreter read and bind names in its __main__
# ---
import __main__
from concurrent import interpreters


def main():
    interp = interpreters.create()
    try:
        interp.exec("x = 41\n")
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
