# ---
# clause: section:gotchas
# quote: Keep in mind that there is a limit to the kinds of functions that may be called by an interpreter.
# level: should
# features: call, shareable
# description: call() refuses a closure with NotShareableError in the caller (as CPython 3.14 does) and still runs a plain function
# includes: raising.py
# ---
from concurrent import interpreters


def plain(x):
    return x + 1


def make_closure():
    captured = 10

    def closure(x):
        return x + captured
    return closure


def main():
    interp = interpreters.create()
    try:
        assert interp.call(plain, 1) == 2, "a plain module-level function could not be called"
        closure = make_closure()
        with must_raise(interpreters.NotShareableError, "call() of a closure") as raised:
            raised.returned = interp.call(closure, 1)
    finally:
        interp.close()


if __name__ == "__main__":
    main()
