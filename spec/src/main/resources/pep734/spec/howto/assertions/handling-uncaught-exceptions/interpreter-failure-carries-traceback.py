# ---
# clause: section:handling-uncaught-exceptions
# quote: The behavior is very similar when code is run in an interpreter.
# level: must
# features: errors
# description: like the command line, an unhandled exception in exec() ends the run with its traceback, carried by ExecutionFailed instead of an exit code
# ---
from concurrent import interpreters


def main():
    interp = interpreters.create()
    try:
        try:
            interp.exec("def inner():\n    1/0\ninner()\nafter = True\n")
        except interpreters.ExecutionFailed as exc:
            shown = str(exc)
            assert "ZeroDivisionError" in shown, shown
            assert "Traceback (most recent call last)" in exc.excinfo.errdisplay, exc.excinfo.errdisplay
            assert "inner" in exc.excinfo.errdisplay, exc.excinfo.errdisplay
        else:
            raise AssertionError("exec('1/0') returned normally; expected ExecutionFailed")
        interp.exec("assert 'after' not in globals(), 'the script went on after the unhandled exception'")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
