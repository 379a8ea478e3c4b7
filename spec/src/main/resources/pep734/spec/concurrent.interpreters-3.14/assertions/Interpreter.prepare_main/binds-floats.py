# ---
# clause: api:Interpreter.prepare_main
# quote: Bind "shareable" objects in the interpreter's __main__ module.
# level: must
# includes: binds_unchanged.py
# features: shareable
# description: prepare_main binds floats, negative zero and infinities in __main__ with the same type and value
# ---


def main():
    value = (1.5, -0.0, float('inf'), float('-inf'), 1e-300)
    check_binds_unchanged(value)


if __name__ == "__main__":
    main()
