# ---
# clause: api:Interpreter.close
# level: should
# includes: running.py, raising.py
# features: lifecycle, threads
# description: close() while the interpreter runs code in another thread raises InterpreterError and leaves it intact
# ---
from concurrent import interpreters


def main():
    interp = interpreters.create()
    try:
        with running(interp, after="after = 'survived'\n") as errors:
            with must_raise(interpreters.InterpreterError, "close() of an interpreter running code in another thread",
                            but_not=interpreters.InterpreterNotFoundError,
                            hint="it exists; if this fails, check the running check in close()"):
                interp.close()
        assert not errors, f"the running exec() was disturbed by the refused close(): {errors[0]!r}"
        interp.exec("assert after == 'survived', after")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
