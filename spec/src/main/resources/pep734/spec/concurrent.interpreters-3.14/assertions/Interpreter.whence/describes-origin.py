# ---
# clause: api:Interpreter.whence
# quote: (read-only)
# quote: A string describing where the interpreter came from.
# level: must
# includes: interpreter_checks.py
# description: whence is a non-empty str, different for the main interpreter and for one made by create()
# ---


if __name__ == "__main__":
    check_whence_describes_origin()
