# ---
# clause: api:Interpreter.call
# quote: Return the result of calling running the given function in the interpreter (in the current thread).
# level: must
# includes: call_checks.py
# description: call() passes positional and keyword arguments and returns the function's result unchanged in type and value
# ---


if __name__ == "__main__":
    check_call_returns_result()
