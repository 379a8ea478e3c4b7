# ---
# clause: api:Interpreter
# quote: An interpreter may be marked as currently executing code in its __main__ module.
# level: must
# includes: is_running_checks.py
# features: lifecycle, threads
# description: while exec() runs in another thread, is_running() is True; after it finishes it is False
# ---


if __name__ == "__main__":
    check_running_true_while_executing()
