# ---
# clause: api:ExecutionFailed
# quote: This exception, a subclass of InterpreterError, is raised when the running code raised an uncaught exception.
# level: must
# includes: exception_checks.py
# features: errors
# description: except InterpreterError catches the failure of exec() and call(); it is not InterpreterNotFoundError
# ---


if __name__ == "__main__":
    check_caught_as_interpreter_error()
