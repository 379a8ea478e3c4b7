# ---
# clause: section:interp-concurrency
# quote: That isolation makes them similar to processes, but they still enjoy in-process efficiency, like threads.
# level: should
# includes: interpreter_checks.py
# features: isolation
# description: a subinterpreter lives in the caller's process (same pid), like a thread
# ---


if __name__ == "__main__":
    check_in_current_process()
