# ---
# clause: api:Interpreter.prepare_main
# quote: Bind "shareable" objects in the interpreter's __main__ module.
# level: must
# includes: binds_unchanged.py
# features: shareable
# description: prepare_main binds a nested tuple of shareable values in __main__ with the same type and value
# ---


def main():
    value = (1, ('a', (b'b', None, (2.5, True))))
    check_binds_unchanged(value)


if __name__ == "__main__":
    main()
