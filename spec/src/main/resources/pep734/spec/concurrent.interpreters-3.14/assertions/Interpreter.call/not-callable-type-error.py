# ---
# clause: api:Interpreter.call
# level: should
# features: call, errors
# description: call() of something that is not callable (an int, a str) raises TypeError in the caller
# includes: raising.py
# ---
from concurrent import interpreters


def main():
    interp = interpreters.create()
    try:
        for bad in (5, "print('x')"):
            with must_raise(TypeError, f"call({bad!r})", hint="raised in the caller, not inside the interpreter"):
                interp.call(bad)
    finally:
        interp.close()


if __name__ == "__main__":
    main()
