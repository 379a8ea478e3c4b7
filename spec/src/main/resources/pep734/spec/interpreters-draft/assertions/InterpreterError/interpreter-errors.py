# ---
# clause: api:InterpreterError
# quote: An interpreter-relaed error happened.
# level: must
# features: errors
# description: InterpreterError is an Exception; closing a closed interpreter and code failing in one raise subclasses of it
# includes: raising.py
# ---
import interpreters


def main():
    assert issubclass(interpreters.InterpreterError, Exception)
    interp = interpreters.create()
    try:
        with must_raise(interpreters.ExecutionFailed, "a failing exec()") as raised:
            interp.exec("raise KeyError('k')\n")
        assert isinstance(raised.error, interpreters.InterpreterError), "the ExecutionFailed is not an InterpreterError"
    finally:
        interp.close()
    with must_raise(interpreters.InterpreterNotFoundError, "a second close()") as raised:
        interp.close()
    assert isinstance(raised.error, interpreters.InterpreterError), (
        "the InterpreterNotFoundError is not an InterpreterError")


if __name__ == "__main__":
    main()
