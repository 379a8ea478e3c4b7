# ---
# clause: api:Interpreter.close
# level: should
# features: lifecycle
# description: closing an interpreter twice raises InterpreterNotFoundError the second time
# ---
from concurrent import interpreters


def main():
    interp = interpreters.create()
    interp.close()
    try:
        interp.close()
    except interpreters.InterpreterNotFoundError:
        return
    except Exception as e:
        raise AssertionError(f"second close() raised {type(e).__name__}: {e}; expected InterpreterNotFoundError") from e
    raise AssertionError("second close() returned normally; CPython raises InterpreterNotFoundError "
                         "because the interpreter no longer exists")


if __name__ == "__main__":
    main()
