# ---
# clause: api:get_current
# quote: Return an Interpreter object for the currently running interpreter.
# level: must
# includes: get_current_checks.py
# description: in the main interpreter get_current() is the main interpreter (id 0)
# ---


if __name__ == "__main__":
    check_main_is_current_in_main()
