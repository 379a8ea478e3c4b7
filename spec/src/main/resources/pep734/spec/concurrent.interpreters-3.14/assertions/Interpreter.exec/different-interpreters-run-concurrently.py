# ---
# clause: api:Interpreter.exec
# quote: Run the given source code in the interpreter (in the current thread).
# level: should
# includes: exec_checks.py
# features: threads
# description: exec() on two interpreters from two threads runs at the same time (a handshake between them completes)
# ---


if __name__ == "__main__":
    check_exec_different_interpreters_run_concurrently()
