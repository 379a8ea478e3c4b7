# ---
# clause: api:run_string
# quote: Any value returned from the code is thrown away, similar to what threads do.
# level: must
# features: lowlevel
# description: run_string returns None whatever the program's last expression is
# ---
import _interpreters


def main():
    interp = _interpreters.create()
    try:
        for code in ("42", "'spam'\n", "x = [1, 2]\nx", "def f():\n    return 1\nf()\n"):
            got = _interpreters.run_string(interp, code)
            assert got is None, f"run_string({code!r}) returned {got!r}; expected None"
    finally:
        _interpreters.destroy(interp)


if __name__ == "__main__":
    main()
