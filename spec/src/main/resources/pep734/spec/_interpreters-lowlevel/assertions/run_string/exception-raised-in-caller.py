# ---
# clause: api:run_string
# quote: If the code results in an exception then that exception is raised in the thread in which run_string() was called, similar to how exec works.
# level: must
# features: lowlevel, errors
# description: an uncaught ValueError/KeyError/ZeroDivisionError in the program reaches the caller as that type with its message; code after the raise did not run
# includes: lowlevel_main.py, raising.py
# ---
import _interpreters


def main():
    interp = _interpreters.create()
    try:
        cases = (
            (ValueError, "raise ValueError('bad spam 17')\nafter = 1\n", "bad spam 17"),
            (KeyError, "{}['missing-key-9']\nafter = 1\n", "missing-key-9"),
            (ZeroDivisionError, "x = 1 / 0\nafter = 1\n", "division"),
        )
        for expected, code, text in cases:
            with must_raise(expected, f"run_string of a program raising {expected.__name__}",
                            hint="the program's own exception") as raised:
                _interpreters.run_string(interp, code)
            e = raised.error
            assert text in str(e), f"the {expected.__name__} reached the caller as {e!r}; its message should hold {text!r}"
        ns = read_main(interp)
        assert "after" not in ns, "code after the raising statement ran"
    finally:
        _interpreters.destroy(interp)


if __name__ == "__main__":
    main()
