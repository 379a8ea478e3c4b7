# ---
# clause: api:Interpreter.exec
# quote: Run the given source code in the interpreter (in the current thread).
# level: should
# features: errors
# description: exec() of something that is not source, code or a function (an int, None, a list) raises TypeError in the caller
# ---
from concurrent import interpreters


def main():
    interp = interpreters.create()
    try:
        for bad in (123, None, ["x = 1"], 1.5):
            try:
                interp.exec(bad)
            except interpreters.ExecutionFailed as e:
                raise AssertionError(f"exec({bad!r}) ran and failed inside the interpreter ({e.excinfo.formatted}); "
                                     "expected TypeError raised in the caller") from e
            except TypeError:
                pass
            except Exception as e:
                raise AssertionError(f"exec({bad!r}) raised {type(e).__name__}: {e}; expected TypeError") from e
            else:
                raise AssertionError(f"exec({bad!r}) returned normally; expected TypeError")
        interp.exec("ok = 1")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
