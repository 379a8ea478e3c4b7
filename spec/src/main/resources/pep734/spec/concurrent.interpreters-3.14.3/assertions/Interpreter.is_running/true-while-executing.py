# ---
# clause: api:Interpreter.is_running
# quote: Return True if the interpreter is currently executing code in its __main__ module and False otherwise.
# level: must
# includes: is_running_checks.py
# features: lifecycle, threads
# description: while exec() runs in another thread, is_running() is True; after it finishes it is False
# ---


if __name__ == "__main__":
    check_running_true_while_executing()
