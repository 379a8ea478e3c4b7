# ---
# clause: api:ExecutionFailed
# quote: This exception, a subclass of InterpreterError, is raised when the running code raised an uncaught exception.
# level: must
# includes: exception_checks.py
# features: errors
# description: ExecutionFailed subclasses InterpreterError and is raised for uncaught exceptions in exec() and call()
# ---


if __name__ == "__main__":
    check_subclass_and_raised_for_uncaught()
