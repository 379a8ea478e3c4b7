# ---
# clause: section:concurrent-interpreters-multiple-interpreters-in-the-same-process
# quote: The module is primarily meant to provide a basic API for managing interpreters (AKA "subinterpreters") and running things in them.
# quote: Running mostly involves switching to an interpreter (in the current thread) and calling a function in that execution context.
# level: must
# includes: call_checks.py, list_all_checks.py
# features: threads, lifecycle
# description: interpreters are created, listed and closed, and call() runs a function in one on the caller's thread
# ---


if __name__ == "__main__":
    check_call_runs_in_interpreter_current_thread()
    check_closed_interpreter_not_listed()
