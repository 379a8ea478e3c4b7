# ---
# clause: section:handling-uncaught-exceptions
# quote: The traceback get printed and, rather than a failure code, an ExecutionFailed exception is raised:
# level: must
# features: errors
# description: an uncaught exception in exec() or call() raises ExecutionFailed (not the original type) in the caller; the interpreter lives on
# includes: raising.py
# ---
from concurrent import interpreters


def divide():
    return 1 / 0


def main():
    interp = interpreters.create()
    try:
        for how, run in (("exec", lambda: interp.exec("1/0")), ("call", lambda: interp.call(divide))):
            with must_raise(interpreters.ExecutionFailed, f"{how}: 1/0 in the interpreter",
                            hint="not the original ZeroDivisionError") as raised:
                run()
            exc = raised.error
            assert isinstance(exc, interpreters.InterpreterError), "ExecutionFailed is not an InterpreterError"
            assert "ZeroDivisionError" in str(exc), f"{how}: the exception does not name ZeroDivisionError: {exc}"
        # the failure ended the script, not the interpreter
        interp.exec("after = 'still usable'")
        assert interp.call(str.upper, "ok") == "OK"
    finally:
        interp.close()


if __name__ == "__main__":
    main()
