# ---
# clause: section:interp-concurrency
# quote: As noted earlier, interpreters do not provide any concurrency on their own.
# quote: They strictly represent the isolated execution context the runtime will use in the current thread.
# level: must
# includes: exec_checks.py, call_checks.py
# features: threads
# description: exec() and call() run synchronously in the target interpreter on the caller's OS thread
# ---


if __name__ == "__main__":
    check_exec_runs_in_current_thread()
    check_call_runs_in_interpreter_current_thread()
