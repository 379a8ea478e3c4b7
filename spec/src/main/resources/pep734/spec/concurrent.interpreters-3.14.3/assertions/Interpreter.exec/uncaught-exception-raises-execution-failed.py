# ---
# clause: api:Interpreter.exec
# quote: Run the given source code in the interpreter (in the current thread).
# level: must
# includes: exec_checks.py
# features: errors
# description: an uncaught exception in exec'd code surfaces in the caller as ExecutionFailed, and the interpreter stays usable
# ---


if __name__ == "__main__":
    check_exec_uncaught_exception_raises_execution_failed()
