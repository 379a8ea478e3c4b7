# ---
# clause: api:Interpreter.is_running
# quote: Return True if the interpreter is currently executing code in its __main__ module and False otherwise.
# level: must
# includes: is_running_checks.py
# features: lifecycle
# description: the interpreter that asks about itself is running: main from main, a sub from inside its own exec()
# ---


if __name__ == "__main__":
    check_running_current_is_running()
