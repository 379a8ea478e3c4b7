# ---
# clause: api:Interpreter.call_in_thread
# quote: It also fails for running modules.
# level: must
# includes: running.py, refusals.py
# features: lifecycle, threads
# description: call_in_thread() on an interpreter running code in another thread fails with InterpreterError and has no effect
# ---


if __name__ == "__main__":
    check_refused_while_running("call_in_thread")
