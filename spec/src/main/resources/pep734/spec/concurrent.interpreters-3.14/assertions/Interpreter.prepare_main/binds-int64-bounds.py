# ---
# clause: api:Interpreter.prepare_main
# quote: Bind "shareable" objects in the interpreter's __main__ module.
# level: must
# includes: binds_unchanged.py
# features: shareable
# description: prepare_main binds ints at the 64-bit bounds in __main__ with the same type and value
# ---


def main():
    value = (2 ** 63 - 1, -2 ** 63)
    check_binds_unchanged(value)


if __name__ == "__main__":
    main()
