# ---
# clause: api:InterpreterError
# quote: An interpreter-relaed error happened.
# level: must
# features: errors
# description: InterpreterError is an Exception; closing a closed interpreter and code failing in one raise subclasses of it
# ---
import interpreters


def main():
    assert issubclass(interpreters.InterpreterError, Exception)
    interp = interpreters.create()
    try:
        try:
            interp.exec("raise KeyError('k')\n")
        except interpreters.InterpreterError as e:
            assert isinstance(e, interpreters.ExecutionFailed), f"got {type(e).__name__}"
        else:
            raise AssertionError("a failing exec() raised nothing")
    finally:
        interp.close()
    try:
        interp.close()
    except interpreters.InterpreterError as e:
        assert isinstance(e, interpreters.InterpreterNotFoundError), f"a second close() raised {type(e).__name__}"
    else:
        raise AssertionError("a second close() raised nothing")


if __name__ == "__main__":
    main()
