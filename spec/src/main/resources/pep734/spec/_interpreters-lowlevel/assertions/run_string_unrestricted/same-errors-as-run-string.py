# ---
# clause: api:run_string_unrestricted
# quote: Like run_string but returns the dict in which the code was executed.
# level: must
# features: lowlevel, errors
# description: like run_string, an unknown ID and the main interpreter raise RuntimeError, and the code's exception reaches the caller
# ---
import _interpreters


def main():
    gone = _interpreters.create()
    _interpreters.destroy(gone)
    for what, bad in (("a destroyed ID", gone), ("the main interpreter", _interpreters.get_main())):
        try:
            _interpreters.run_string_unrestricted(bad, "x = 1\n")
        except RuntimeError:
            pass
        else:
            raise AssertionError(f"run_string_unrestricted on {what} did not raise RuntimeError")
    interp = _interpreters.create()
    try:
        try:
            _interpreters.run_string_unrestricted(interp, "raise IndexError('idx-5')\n")
        except IndexError as e:
            assert "idx-5" in str(e), f"the IndexError reached the caller as {e!r}"
        else:
            raise AssertionError("an exception in the code did not reach the caller of run_string_unrestricted")
    finally:
        _interpreters.destroy(interp)


if __name__ == "__main__":
    main()
