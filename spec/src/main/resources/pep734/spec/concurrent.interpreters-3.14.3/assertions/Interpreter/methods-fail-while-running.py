# ---
# clause: api:Interpreter
# quote: Some methods of a running interpreter fail, as noted below for each such method.
# level: must
# includes: running.py, refusals.py
# features: lifecycle, threads
# description: prepare_main, exec, call, call_in_thread and close on an interpreter running in another thread fail with InterpreterError
# ---


if __name__ == "__main__":
    for m in REFUSABLE:
        check_refused_while_running(m)
