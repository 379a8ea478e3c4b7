# ---
# clause: api:list_all
# quote: Return a list of Interpreter objects, one for each existing interpreter.
# level: must
# includes: list_all_checks.py
# features: lifecycle
# description: list_all() returns a list holding exactly one Interpreter for main and for each created interpreter
# ---


if __name__ == "__main__":
    check_one_object_per_existing_interpreter()
