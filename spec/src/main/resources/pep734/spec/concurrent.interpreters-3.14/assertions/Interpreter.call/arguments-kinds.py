# ---
# clause: api:Interpreter.call
# quote: Return the result of calling running the given function in the interpreter (in the current thread).
# level: must
# includes: call_checks.py
# features: call
# description: call() passes positional, *args, keyword, keyword-only and default arguments exactly as a direct call would
# ---


if __name__ == "__main__":
    check_call_arguments_kinds()
