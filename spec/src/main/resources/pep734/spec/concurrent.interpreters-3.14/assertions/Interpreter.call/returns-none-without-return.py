# ---
# clause: api:Interpreter.call
# quote: Return the result of calling running the given function in the interpreter (in the current thread).
# level: must
# includes: call_checks.py
# features: call
# description: call() of a function without a return statement returns None; one returning 0 or '' returns that, not None
# ---


if __name__ == "__main__":
    check_call_returns_none_without_return()
