# ---
# clause: api:list_all
# quote: Return a list of Interpreter objects, one for each existing interpreter.
# level: must
# includes: list_all_checks.py
# features: lifecycle
# description: an interpreter closed with close() no longer exists and is no longer listed
# ---


if __name__ == "__main__":
    check_closed_interpreter_not_listed()
