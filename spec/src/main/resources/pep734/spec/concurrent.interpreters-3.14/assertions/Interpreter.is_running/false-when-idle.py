# ---
# clause: api:Interpreter.is_running
# quote: Return True if the interpreter is currently executing code in its __main__ module and False otherwise.
# level: must
# includes: is_running_checks.py
# features: lifecycle
# description: is_running() is exactly False before, between and after exec()/call() calls that have finished
# ---


if __name__ == "__main__":
    check_running_false_when_idle()
