# ---
# clause: api:Interpreter.call
# level: should
# description: builtins, bound methods of shareable objects and functools.partial can be called in another interpreter
# ---
import functools
import operator
from concurrent import interpreters


def main():
    interp = interpreters.create()
    try:
        cases = (
            ("len", (len, "abcd"), 4),
            ("operator.add", (operator.add, 2, 3), 5),
            ("str.upper bound", ("abc".upper,), "ABC"),
            ("partial(int, base=2)", (functools.partial(int, base=2), "101"), 5),
            ("divmod", (divmod, 17, 5), (3, 2)),
        )
        for name, args, expected in cases:
            got = interp.call(*args)
            assert got == expected and type(got) is type(expected), (
                f"call({name}, ...) returned {got!r} ({type(got).__name__}), expected {expected!r}")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
