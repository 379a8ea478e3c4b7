# ---
# clause: api:Interpreter.prepare_main
# quote: Bind objects in the interpreter's __main__ module.
# level: must
# includes: binds_unchanged.py
# features: shareable
# description: None, bools, ints at the 64-bit bounds, floats (-0.0, nan, inf), str with surrogates, bytes and nested tuples are bound unchanged
# ---
# Ints beyond 64 bits are left out: CPython 3.14.3 refuses them here (erratum prepare-main-does-not-pickle).
VALUES = (None, True, False, 0, -1, 2 ** 63 - 1, -2 ** 63, 0.0, -0.0, float("nan"), float("inf"), 5e-324, "",
          "h\u00e9\U0001F600", "\ud800", "\ud83d\ude00", b"", b"\x00\xff", (), (1, ("a", (b"b", None, -0.0, True))))


if __name__ == "__main__":
    for value in VALUES:
        check_binds_unchanged(value)
