# ---
# clause: api:Interpreter.call
# quote: Return the result of calling running the given function in the interpreter (in the current thread).
# level: must
# description: call() passes positional and keyword arguments and returns the function's result unchanged in type and value
# ---
import math
from concurrent import interpreters


def echo(*args, **kwargs):
    return (args, tuple(sorted(kwargs.items())))


def identity(v):
    return v


def combine(a, b, /, c=10, *, d):
    return (a - b) * c + d


def describe(v):
    return (type(v).__name__, repr(v), math.copysign(1.0, v) if type(v) is float else None)


def main():
    interp = interpreters.create()
    try:
        got = interp.call(combine, 7, 2, d=1)
        assert got == 51 and type(got) is int, f"call(combine, 7, 2, d=1) returned {got!r}, expected 51"
        got = interp.call(combine, 7, 2, 3, d=-1)
        assert got == 14, f"call(combine, 7, 2, 3, d=-1) returned {got!r}, expected 14"
        values = (None, True, -0.0, float("nan"), 2**63 - 1, -2**63, "\ud800", "\U0001F600", b"\x00\xff", (1, ("x",)))
        for v in values:
            got = interp.call(identity, v)
            assert describe(got) == describe(v), (
                f"a value changed on the way there and back: sent {describe(v)}, call() returned {describe(got)}")
            (args, kwargs) = interp.call(echo, v, key=v)
            assert describe(args[0]) == describe(v), (
                f"a positional argument changed on the way: sent {describe(v)}, the sub returned {describe(args[0])}")
            assert kwargs[0][0] == "key" and describe(kwargs[0][1]) == describe(v), (
                f"a keyword argument changed on the way: sent {describe(v)}, got back {kwargs!r}")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
