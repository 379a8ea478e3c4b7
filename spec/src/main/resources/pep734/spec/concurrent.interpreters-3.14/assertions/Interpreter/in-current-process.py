# ---
# clause: api:Interpreter
# quote: A single interpreter in the current process.
# level: must
# includes: interpreter_checks.py
# description: a subinterpreter runs in the caller's process (same pid), not in a child process
# ---


if __name__ == "__main__":
    check_in_current_process()
