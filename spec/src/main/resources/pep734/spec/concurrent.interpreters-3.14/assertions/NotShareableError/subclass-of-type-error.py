# ---
# clause: api:NotShareableError
# quote: This exception, a subclass of TypeError, is raised when an object cannot be sent to another interpreter.
# level: must
# includes: exception_checks.py
# features: errors, shareable
# description: NotShareableError subclasses TypeError (not InterpreterError) and is raised when sending an unshareable object
# ---


if __name__ == "__main__":
    check_not_shareable_subclass_of_type_error()
