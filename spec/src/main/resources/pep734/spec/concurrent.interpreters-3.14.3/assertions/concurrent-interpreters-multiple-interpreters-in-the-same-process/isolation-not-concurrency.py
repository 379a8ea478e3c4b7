# ---
# clause: section:concurrent-interpreters-multiple-interpreters-in-the-same-process
# quote: For concurrency, interpreters themselves (and this module) don't provide much more than isolation, which on its own isn't useful.
# level: must
# includes: exec_checks.py, isolation_checks.py
# features: threads
# description: running code in an interpreter is synchronous on the caller's thread and starts no thread of its own
# ---


if __name__ == "__main__":
    check_exec_runs_in_current_thread()
    check_no_implicit_threads()
