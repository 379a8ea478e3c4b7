# ---
# clause: section:running-in-an-interpreter
# quote: The concurrent.interpreters module provides a basic API for creating and managing interpreters, as well as the switch-and-call operation.
# level: must
# includes: create_checks.py, call_checks.py, interpreter_checks.py
# features: lifecycle
# description: create() makes an idle interpreter, call() returns the function's result, close() destroys it
# ---


if __name__ == "__main__":
    check_new_idle_interpreter()
    check_call_returns_result()
    check_destroyed_after_close()
