# ---
# clause: api:create
# quote: Initialize a new (idle) Python interpreter and return a Interpreter object for it.
# level: must
# includes: create_checks.py
# features: lifecycle
# description: ten create() calls give ten distinct, listed, idle interpreters, each with its own __main__
# ---


if __name__ == "__main__":
    check_ten_distinct_interpreters()
