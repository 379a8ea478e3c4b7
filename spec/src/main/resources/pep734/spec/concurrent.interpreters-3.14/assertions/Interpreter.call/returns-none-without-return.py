# ---
# clause: api:Interpreter.call
# quote: Return the result of calling running the given function in the interpreter (in the current thread).
# level: must
# features: call
# description: call() of a function without a return statement returns None; one returning 0 or '' returns that, not None
# ---
from concurrent import interpreters


def nothing():
    pass


def zero():
    return 0


def empty():
    return ""


def main():
    interp = interpreters.create()
    try:
        assert interp.call(nothing) is None, "call() of a function without return did not return None"
        got = interp.call(zero)
        assert got == 0 and type(got) is int, f"call(zero) returned {got!r}"
        got = interp.call(empty)
        assert got == "" and type(got) is str, f"call(empty) returned {got!r}"
    finally:
        interp.close()


if __name__ == "__main__":
    main()
