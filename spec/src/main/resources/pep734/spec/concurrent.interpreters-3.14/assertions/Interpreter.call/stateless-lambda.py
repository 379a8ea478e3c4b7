# ---
# clause: api:Interpreter.call
# level: should
# description: a lambda or nested function without defaults, closure or globals (only arguments and builtins) can be called in a sub
# ---
from concurrent import interpreters


def main():
    interp = interpreters.create()
    try:
        got = interp.call(lambda a, b: a * b + len("xy"), 5, b=3)
        assert got == 17, f"call(lambda a, b: a * b + len('xy'), 5, b=3) returned {got!r}, expected 17"

        def nested(text):
            import os
            return (text.upper(), os.getpid())

        got = interp.call(nested, "abc")
        assert got[0] == "ABC", f"call(nested, 'abc') returned {got!r}"
    finally:
        interp.close()


if __name__ == "__main__":
    main()
