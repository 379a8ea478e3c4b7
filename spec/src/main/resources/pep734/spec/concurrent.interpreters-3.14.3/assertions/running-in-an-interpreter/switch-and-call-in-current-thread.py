# ---
# clause: section:running-in-an-interpreter
# quote: Running in a different interpreter involves switching to it in the current thread and then calling some function.
# level: must
# includes: call_checks.py
# features: threads
# description: call() runs the function inside the target interpreter, on the caller's OS thread
# ---


if __name__ == "__main__":
    check_call_runs_in_interpreter_current_thread()
