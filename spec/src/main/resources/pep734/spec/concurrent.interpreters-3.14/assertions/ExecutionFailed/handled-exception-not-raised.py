# ---
# clause: api:ExecutionFailed
# quote: This exception, a subclass of InterpreterError, is raised when the running code raised an uncaught exception.
# level: must
# features: exceptions
# description: an exception raised and caught inside the interpreter does not raise ExecutionFailed
# ---
from concurrent import interpreters


def caught():
    try:
        raise ValueError("inside")
    except ValueError:
        return "handled"


def main():
    interp = interpreters.create()
    try:
        interp.exec("try:\n    1/0\nexcept ZeroDivisionError:\n    handled = True\n")
        interp.exec("assert handled")
        got = interp.call(caught)
        assert got == "handled", f"call() returned {got!r}"
    finally:
        interp.close()


if __name__ == "__main__":
    main()
