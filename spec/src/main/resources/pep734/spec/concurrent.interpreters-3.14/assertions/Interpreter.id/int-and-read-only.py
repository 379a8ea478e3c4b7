# ---
# clause: api:Interpreter.id
# quote: (read-only)
# quote: The interpreter's ID.
# level: must
# includes: interpreter_checks.py
# description: id is an int, distinct per interpreter, and read-only (assignment and deletion raise AttributeError)
# ---


if __name__ == "__main__":
    check_id_int_and_read_only()
