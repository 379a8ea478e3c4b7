# ---
# clause: api:Interpreter.call
# level: should
# features: call, errors
# description: call() of something that is not callable (an int, a str) raises TypeError in the caller
# ---
from concurrent import interpreters


def main():
    interp = interpreters.create()
    try:
        for bad in (5, "print('x')"):
            try:
                interp.call(bad)
            except interpreters.ExecutionFailed as e:
                raise AssertionError(f"call({bad!r}) failed inside the interpreter ({e.excinfo.formatted}); "
                                     "expected TypeError in the caller") from e
            except TypeError:
                pass
            else:
                raise AssertionError(f"call({bad!r}) returned normally; expected TypeError")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
