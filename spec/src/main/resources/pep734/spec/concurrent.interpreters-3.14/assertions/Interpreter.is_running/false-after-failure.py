# ---
# clause: api:Interpreter.is_running
# quote: Return True if the interpreter is currently executing code in its __main__ module and False otherwise.
# level: must
# includes: is_running_checks.py
# features: lifecycle, errors
# description: after exec() or call() fail with ExecutionFailed the interpreter is no longer running, and runs code again
# ---


if __name__ == "__main__":
    check_running_false_after_failure()
