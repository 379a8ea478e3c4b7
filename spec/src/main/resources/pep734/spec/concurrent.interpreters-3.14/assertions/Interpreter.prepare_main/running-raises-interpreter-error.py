# ---
# clause: api:Interpreter.prepare_main
# level: should
# includes: running.py
# features: lifecycle, threads
# description: prepare_main on an interpreter that is running in another thread raises InterpreterError
# ---
from concurrent import interpreters


def main():
    interp = interpreters.create()
    try:
        with running(interp) as errors:
            try:
                interp.prepare_main(late=1)
            except interpreters.InterpreterNotFoundError as e:
                raise AssertionError(f"got InterpreterNotFoundError ({e}); the interpreter exists and is running") from e
            except interpreters.InterpreterError:
                pass
            else:
                raise AssertionError("prepare_main on a running interpreter returned; expected InterpreterError")
        assert not errors, f"the running exec() failed: {errors[0]!r}"
        interp.exec("assert 'late' not in globals(), 'a refused prepare_main bound late anyway'\n")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
