# ---
# clause: api:Interpreter.exec
# quote: Run the given source code in the interpreter (in the current thread).
# level: must
# includes: exec_checks.py
# features: threads
# description: exec() runs synchronously on the caller's OS thread and its effects are complete when it returns
# ---


if __name__ == "__main__":
    check_exec_runs_in_current_thread()
