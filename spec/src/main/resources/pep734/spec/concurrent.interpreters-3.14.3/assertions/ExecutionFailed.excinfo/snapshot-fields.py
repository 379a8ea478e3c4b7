# ---
# clause: api:ExecutionFailed.excinfo
# quote: A basic snapshot of the exception raised in the other interpreter.
# level: must
# includes: exception_checks.py
# features: errors
# description: excinfo describes the sub's exception: type name/qualname/module, message, formatted line, traceback text
# ---


if __name__ == "__main__":
    check_snapshot_fields()
