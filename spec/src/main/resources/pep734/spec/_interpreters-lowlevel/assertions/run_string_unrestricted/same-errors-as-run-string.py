# ---
# clause: api:run_string_unrestricted
# quote: Like run_string but returns the dict in which the code was executed.
# level: must
# features: lowlevel, errors
# description: like run_string, an unknown ID and the main interpreter raise RuntimeError, and the code's exception reaches the caller
# includes: raising.py
# ---
import _interpreters


def main():
    # Looked up first, so that a module without it fails with AttributeError here, not as a wrong exception below.
    run_string_unrestricted = _interpreters.run_string_unrestricted
    gone = _interpreters.create()
    _interpreters.destroy(gone)
    for what, bad in (("a destroyed ID", gone), ("the main interpreter", _interpreters.get_main())):
        with must_raise(RuntimeError, f"run_string_unrestricted on {what}"):
            run_string_unrestricted(bad, "x = 1\n")
    interp = _interpreters.create()
    try:
        with must_raise(IndexError, "run_string_unrestricted of a program raising IndexError",
                        hint="the exception in the code reaches the caller") as raised:
            run_string_unrestricted(interp, "raise IndexError('idx-5')\n")
        assert "idx-5" in str(raised.error), f"the IndexError reached the caller as {raised.error!r}"
    finally:
        _interpreters.destroy(interp)


if __name__ == "__main__":
    main()
