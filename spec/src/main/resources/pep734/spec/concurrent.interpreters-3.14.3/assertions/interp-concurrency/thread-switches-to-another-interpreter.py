# ---
# clause: section:interp-concurrency
# quote: All that said, interpreters do naturally support certain flavors of concurrency.
# quote: This mostly involves starting a new thread, where you switch to another interpreter and run what you want there.
# level: must
# includes: exec_checks.py
# features: threads
# description: threads that each switch to their own interpreter run at the same time (a handshake between them completes)
# ---


if __name__ == "__main__":
    check_exec_different_interpreters_run_concurrently()
