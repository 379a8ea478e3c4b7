# ---
# clause: api:destroy
# quote: Finalize and destroy the identified interpreter.
# level: must
# features: lowlevel, lifecycle
# description: after destroy() the ID is not listed, run_string on it raises RuntimeError, and other interpreters keep working
# ---
import _interpreters


def main():
    a = _interpreters.create()
    b = _interpreters.create()
    try:
        _interpreters.run_string(a, "x = 1")
        result = _interpreters.destroy(a)
        assert result is None, f"destroy() returned {result!r}; expected None"
        assert int(a) not in [int(i) for i in _interpreters.enumerate()], "a destroyed interpreter is still listed"
        try:
            _interpreters.run_string(a, "x = 2")
        except RuntimeError:
            pass
        else:
            raise AssertionError("run_string() on a destroyed interpreter did not raise RuntimeError")
        ns = _interpreters.run_string_unrestricted(b, "y = 2")
        assert ns["y"] == 2, "destroying one interpreter broke another"
    finally:
        _interpreters.destroy(b)


if __name__ == "__main__":
    main()
