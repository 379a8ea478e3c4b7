# ---
# clause: api:Interpreter.exec
# level: should
# includes: running.py
# features: lifecycle, threads
# description: exec() on an interpreter already running code in another thread raises InterpreterError without running
# ---
from concurrent import interpreters


def main():
    interp = interpreters.create()
    try:
        with running(interp) as errors:
            try:
                interp.exec("second = True\n")
            except interpreters.InterpreterNotFoundError as e:
                raise AssertionError(f"got InterpreterNotFoundError ({e}); the interpreter exists and is running") from e
            except interpreters.InterpreterError:
                pass
            else:
                raise AssertionError("a second exec() on a running interpreter returned; expected InterpreterError "
                                     "(an interpreter's __main__ runs one exec at a time)")
        assert not errors, f"the first exec() failed: {errors[0]!r}"
        interp.exec("assert 'second' not in globals(), 'the refused exec() ran anyway'\n")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
