# ---
# clause: section:running-in-an-interpreter
# quote: No other threads are automatically started for the operation.
# level: must
# includes: isolation_checks.py
# features: threads
# description: create/prepare_main/exec/call/close start no threads; code runs on the calling OS thread
# ---


if __name__ == "__main__":
    check_no_implicit_threads()
