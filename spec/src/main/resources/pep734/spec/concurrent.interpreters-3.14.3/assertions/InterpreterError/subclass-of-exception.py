# ---
# clause: api:InterpreterError
# quote: This exception, a subclass of Exception, is raised when an interpreter-related error happens.
# level: must
# includes: exception_checks.py
# features: errors
# description: InterpreterError derives from Exception and is what a refused interpreter operation raises
# ---


if __name__ == "__main__":
    check_interpreter_error_subclass_of_exception()
