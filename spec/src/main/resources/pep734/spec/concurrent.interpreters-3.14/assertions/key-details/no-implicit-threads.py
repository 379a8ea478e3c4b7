# ---
# clause: section:key-details
# quote: no implicit threads
# level: must
# includes: isolation_checks.py
# features: threads
# description: create/prepare_main/exec/call/close start no threads; code runs on the calling OS thread
# ---


if __name__ == "__main__":
    check_no_implicit_threads()
