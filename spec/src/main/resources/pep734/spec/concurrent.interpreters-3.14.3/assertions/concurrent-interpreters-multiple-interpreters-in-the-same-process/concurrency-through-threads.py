# ---
# clause: section:concurrent-interpreters-multiple-interpreters-in-the-same-process
# quote: Actual concurrency is available separately through threads -- see below.
# level: must
# includes: exec_checks.py
# features: threads
# description: exec() on two interpreters from two threads runs at the same time (a handshake between them completes)
# ---


if __name__ == "__main__":
    check_exec_different_interpreters_run_concurrently()
