# ---
# clause: api:Interpreter.call_in_thread
# quote: Run the given function in the interpreter (in a new thread).
# level: must
# includes: call_in_thread_checks.py
# features: threads
# description: the function runs in the target interpreter (its __main__ and get_current) on a thread other than the caller's
# ---


if __name__ == "__main__":
    check_call_in_thread_runs_in_target_interpreter()
