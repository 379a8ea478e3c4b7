# ---
# clause: api:Interpreter.close
# level: should
# includes: running.py
# features: lifecycle, threads
# description: close() while the interpreter runs code in another thread raises InterpreterError and leaves it intact
# ---
from concurrent import interpreters


def main():
    interp = interpreters.create()
    try:
        with running(interp, after="after = 'survived'\n") as errors:
            try:
                interp.close()
            except interpreters.InterpreterNotFoundError as e:
                raise AssertionError(f"close() of a running interpreter raised InterpreterNotFoundError ({e}); "
                                     "it exists, expected plain InterpreterError") from e
            except interpreters.InterpreterError:
                pass
            else:
                raise AssertionError("close() of an interpreter that is running code in another thread returned; "
                                     "expected InterpreterError (if this fails, check the running check in close())")
        assert not errors, f"the running exec() was disturbed by the refused close(): {errors[0]!r}"
        interp.exec("assert after == 'survived', after")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
