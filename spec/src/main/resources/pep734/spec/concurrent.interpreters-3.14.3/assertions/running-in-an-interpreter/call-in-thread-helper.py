# ---
# clause: section:running-in-an-interpreter
# quote: There is a helper for that though.
# level: must
# includes: call_in_thread_checks.py
# features: threads
# description: call_in_thread returns a started threading.Thread; the function runs in the sub on a different OS thread
# ---


if __name__ == "__main__":
    check_call_in_thread_returns_started_thread()
