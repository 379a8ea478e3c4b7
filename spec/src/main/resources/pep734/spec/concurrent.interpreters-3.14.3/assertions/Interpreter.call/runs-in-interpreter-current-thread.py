# ---
# clause: api:Interpreter.call
# quote: Return the result of calling running the given function in the interpreter (in the current thread).
# level: must
# includes: call_checks.py
# features: threads
# description: the function runs inside the target interpreter, on the caller's OS thread
# ---


if __name__ == "__main__":
    check_call_runs_in_interpreter_current_thread()
