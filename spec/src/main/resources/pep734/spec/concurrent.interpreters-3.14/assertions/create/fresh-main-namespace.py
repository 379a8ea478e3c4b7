# ---
# clause: api:create
# quote: Initialize a new (idle) Python interpreter and return a Interpreter object for it.
# level: must
# includes: create_checks.py
# features: isolation
# description: each new interpreter starts with its own, fresh __main__ (names bound in another interpreter are absent)
# ---


if __name__ == "__main__":
    check_fresh_main_namespace()
