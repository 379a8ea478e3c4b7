# ---
# clause: api:InterpreterNotFoundError
# quote: This exception, a subclass of InterpreterError, is raised when the targeted interpreter no longer exists.
# level: must
# includes: exception_checks.py
# features: lifecycle
# description: after close() every operation on the interpreter raises InterpreterNotFoundError (an InterpreterError)
# ---


if __name__ == "__main__":
    check_every_method_after_close()
