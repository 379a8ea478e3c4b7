# ---
# clause: api:Interpreter.call
# level: should
# description: a module-level function that reads module globals and other functions of this file can be called in a sub
# ---
from concurrent import interpreters

SCALE = 3


def helper(x):
    return x + 1


def scaled(x):
    return helper(x) * SCALE


def main():
    interp = interpreters.create()
    try:
        got = interp.call(scaled, 4)
        assert got == 15, (f"call(scaled, 4) returned {got!r}, expected (4 + 1) * 3 = 15; functions of the main "
                           "script that use its globals must be callable (CPython resolves them by reference)")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
