# ---
# clause: api:get_current
# quote: Return an Interpreter object for the currently running interpreter.
# level: must
# includes: get_current_checks.py
# features: threads
# description: a thread started by code in a sub runs in that sub: get_current() there is the sub, not main
# ---


if __name__ == "__main__":
    check_current_in_thread_started_inside_sub()
