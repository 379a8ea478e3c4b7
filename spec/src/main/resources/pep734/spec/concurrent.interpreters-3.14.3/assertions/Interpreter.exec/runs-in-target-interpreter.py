# ---
# clause: api:Interpreter.exec
# quote: Run the given source code in the interpreter (in the current thread).
# level: must
# includes: exec_checks.py
# features: isolation
# description: code given to exec() runs in that interpreter's __main__, not in the caller's
# ---


if __name__ == "__main__":
    check_exec_runs_in_target_interpreter()
