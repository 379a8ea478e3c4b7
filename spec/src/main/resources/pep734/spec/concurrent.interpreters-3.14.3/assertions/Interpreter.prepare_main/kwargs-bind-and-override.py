# ---
# clause: api:Interpreter.prepare_main
# quote: Bind objects in the interpreter's __main__ module.
# level: must
# includes: prepare_main_checks.py
# description: names come from the ns mapping and from keyword arguments; a keyword wins over the same key in ns
# ---


if __name__ == "__main__":
    check_prepare_main_kwargs_bind_and_override()
