# ---
# clause: section:running-in-an-interpreter
# quote: There is another dedicated helper for calling the builtin exec in an interpreter.
# level: must
# includes: exec_checks.py
# features: isolation
# description: Interpreter.exec() runs code in that interpreter's __main__, not in the caller's
# ---


if __name__ == "__main__":
    check_exec_runs_in_target_interpreter()
