# ---
# clause: api:get_main
# quote: Return an Interpreter object for the main interpreter.
# level: must
# includes: interpreter_checks.py
# description: get_main() returns the main interpreter (id 0) both in main and inside a subinterpreter
# ---


if __name__ == "__main__":
    check_main_from_anywhere()
