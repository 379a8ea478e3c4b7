# ---
# clause: api:get_current
# quote: Return an Interpreter object for the currently running interpreter.
# level: must
# includes: get_current_checks.py
# description: code running in a subinterpreter (exec and call) gets that subinterpreter from get_current()
# ---


if __name__ == "__main__":
    check_current_sub_sees_itself()
