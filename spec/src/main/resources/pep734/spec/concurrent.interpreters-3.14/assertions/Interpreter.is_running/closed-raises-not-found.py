# ---
# clause: api:Interpreter.is_running
# level: should
# features: lifecycle
# description: is_running() on a closed interpreter raises InterpreterNotFoundError (it does not answer False)
# ---
from concurrent import interpreters


def main():
    interp = interpreters.create()
    interp.close()
    try:
        got = interp.is_running()
    except interpreters.InterpreterNotFoundError:
        return
    except Exception as e:
        raise AssertionError(f"is_running() after close() raised {type(e).__name__}: {e}; "
                             "expected InterpreterNotFoundError") from e
    raise AssertionError(f"is_running() after close() returned {got!r}; expected InterpreterNotFoundError "
                         "(the interpreter no longer exists)")


if __name__ == "__main__":
    main()
