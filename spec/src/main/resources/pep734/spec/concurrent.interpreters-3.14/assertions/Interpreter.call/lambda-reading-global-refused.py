# ---
# clause: api:Interpreter.call
# level: should
# features: call, shareable
# description: a lambda that reads a module global is not stateless: call() raises NotShareableError
# includes: raising.py
# ---
from concurrent import interpreters

FACTOR = 3


def main():
    interp = interpreters.create()
    try:
        with must_raise(interpreters.NotShareableError, "call(lambda reading a global)",
                        hint="CPython refuses it: only stateless functions are shareable") as raised:
            raised.returned = interp.call(lambda: FACTOR * 2)
    finally:
        interp.close()


if __name__ == "__main__":
    main()
