# ---
# clause: api:ExecutionFailed
# quote: This exception, a subclass of InterpreterError, is raised when the running code raised an uncaught exception.
# level: must
# includes: exception_checks.py
# features: errors
# description: an exception raised and caught inside the interpreter does not raise ExecutionFailed
# ---


if __name__ == "__main__":
    check_handled_exception_not_raised()
