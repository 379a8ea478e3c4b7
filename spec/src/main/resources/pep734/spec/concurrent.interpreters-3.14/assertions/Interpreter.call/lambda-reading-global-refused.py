# ---
# clause: api:Interpreter.call
# level: should
# features: call, shareable
# description: a lambda that reads a module global is not stateless: call() raises NotShareableError
# ---
from concurrent import interpreters

FACTOR = 3


def main():
    interp = interpreters.create()
    try:
        try:
            got = interp.call(lambda: FACTOR * 2)
        except interpreters.NotShareableError:
            pass
        except Exception as e:
            raise AssertionError(f"call(lambda reading a global) raised {type(e).__name__}: {e}; "
                                 "expected NotShareableError") from e
        else:
            raise AssertionError(f"call(lambda reading a global) returned {got!r}; CPython refuses it "
                                 "(only stateless functions are shareable)")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
