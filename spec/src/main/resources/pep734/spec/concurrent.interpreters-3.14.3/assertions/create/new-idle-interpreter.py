# ---
# clause: api:create
# quote: Initialize a new (idle) Python interpreter and return a Interpreter object for it.
# level: must
# includes: create_checks.py
# features: lifecycle
# description: create() returns a new Interpreter, not running, with an id no other live interpreter has
# ---


if __name__ == "__main__":
    check_new_idle_interpreter()
