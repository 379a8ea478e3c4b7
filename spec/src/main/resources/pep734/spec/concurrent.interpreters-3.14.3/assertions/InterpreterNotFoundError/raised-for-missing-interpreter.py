# ---
# clause: api:InterpreterNotFoundError
# quote: This exception, a subclass of InterpreterError, is raised when the targeted interpreter no longer exists.
# level: must
# includes: exception_checks.py
# features: errors, lifecycle
# description: InterpreterNotFoundError subclasses InterpreterError and is raised by every method of a closed interpreter
# ---


if __name__ == "__main__":
    check_raised_for_missing_interpreter()
