# ---
# clause: api:Interpreter.call_in_thread
# quote: Run the given function in the interpreter (in a new thread).
# level: must
# includes: call_in_thread_checks.py
# features: threads
# description: call_in_thread returns a started threading.Thread; the function runs in the sub on a different OS thread
# ---


if __name__ == "__main__":
    check_call_in_thread_returns_started_thread()
