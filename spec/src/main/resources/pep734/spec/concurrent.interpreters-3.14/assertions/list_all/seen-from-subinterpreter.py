# ---
# clause: api:list_all
# quote: Return a list of Interpreter objects, one for each existing interpreter.
# level: must
# includes: list_all_checks.py
# features: lifecycle
# description: list_all() called inside a subinterpreter lists main, itself and its siblings
# ---


if __name__ == "__main__":
    check_seen_from_subinterpreter()
