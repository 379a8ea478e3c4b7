# ---
# clause: section:interp-isolation
# quote: A Python implementation may support using multiple interpreters in the same process.
# level: must
# includes: interpreter_checks.py
# features: isolation
# description: a subinterpreter runs in the caller's process (same pid), not in a child process
# ---


if __name__ == "__main__":
    check_in_current_process()
