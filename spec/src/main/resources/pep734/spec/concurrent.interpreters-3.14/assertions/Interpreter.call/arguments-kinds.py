# ---
# clause: api:Interpreter.call
# quote: Return the result of calling running the given function in the interpreter (in the current thread).
# level: must
# features: call
# description: call() passes positional, *args, keyword, keyword-only and default arguments exactly as a direct call would
# ---
from concurrent import interpreters


def describe(a, b=2, *rest, c, d=4, **extra):
    return (a, b, rest, c, d, tuple(sorted(extra.items())))


def main():
    interp = interpreters.create()
    try:
        cases = [
            ((1,), {"c": 3}),
            ((1, 20, 30, 40), {"c": 3, "d": 5}),
            ((), {"a": "x", "c": None, "z": b"zz"}),
        ]
        for args, kwargs in cases:
            got = interp.call(describe, *args, **kwargs)
            want = describe(*args, **kwargs)
            assert got == want, f"call(describe, *{args!r}, **{kwargs!r}) returned {got!r}; a direct call gives {want!r}"
    finally:
        interp.close()


if __name__ == "__main__":
    main()
