# ---
# clause: api:Interpreter.prepare_main
# quote: Bind "shareable" objects in the interpreter's __main__ module.
# level: must
# includes: binds_unchanged.py
# features: shareable
# description: prepare_main binds True and False (still bool, not int) in __main__ with the same type and value
# ---


def main():
    value = (True, False)
    check_binds_unchanged(value)


if __name__ == "__main__":
    main()
