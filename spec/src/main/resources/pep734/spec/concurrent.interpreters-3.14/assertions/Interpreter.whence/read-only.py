# ---
# clause: api:Interpreter.whence
# quote: (read-only)
# level: must
# includes: interpreter_checks.py
# features: lifecycle
# description: assigning or deleting whence raises AttributeError and leaves the value as it was
# ---


if __name__ == "__main__":
    check_whence_read_only()
