# ---
# clause: api:get_current
# quote: Return an Interpreter object for the currently running interpreter.
# level: must
# includes: get_current_checks.py
# features: lifecycle
# description: a function run with call() sees the target interpreter as current, and main is current again afterwards
# ---


if __name__ == "__main__":
    check_current_inside_call()
