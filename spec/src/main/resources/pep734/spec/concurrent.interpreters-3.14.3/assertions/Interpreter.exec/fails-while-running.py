# ---
# clause: api:Interpreter.exec
# quote: It also fails for running modules.
# level: must
# includes: running.py, refusals.py
# features: lifecycle, threads
# description: exec() on an interpreter running code in another thread fails with InterpreterError and has no effect
# ---


if __name__ == "__main__":
    check_refused_while_running("exec")
