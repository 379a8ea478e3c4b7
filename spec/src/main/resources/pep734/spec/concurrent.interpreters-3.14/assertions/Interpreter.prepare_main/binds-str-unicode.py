# ---
# clause: api:Interpreter.prepare_main
# quote: Bind "shareable" objects in the interpreter's __main__ module.
# level: must
# includes: binds_unchanged.py
# features: shareable
# description: prepare_main binds non-ASCII str (accents, CJK, emoji) in __main__ with the same type and value
# ---


def main():
    value = 'h\u00e9llo \u4e16\u754c \U0001F600'
    check_binds_unchanged(value)


if __name__ == "__main__":
    main()
