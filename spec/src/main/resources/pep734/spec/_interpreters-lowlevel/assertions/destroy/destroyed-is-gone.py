# ---
# clause: api:destroy
# quote: Finalize and destroy the identified interpreter.
# level: must
# features: lowlevel, lifecycle
# description: after destroy() run_string on its ID raises RuntimeError, and other interpreters keep working
# includes: lowlevel_main.py, raising.py
# ---
import _interpreters


def main():
    a = _interpreters.create()
    b = _interpreters.create()
    try:
        _interpreters.run_string(a, "x = 1")
        result = _interpreters.destroy(a)
        assert result is None, f"destroy() returned {result!r}; expected None"
        with must_raise(RuntimeError, "run_string() on a destroyed interpreter"):
            _interpreters.run_string(a, "x = 2")
        ns = run_and_read(b, "y = 2")
        assert ns["y"] == 2, "destroying one interpreter broke another"
    finally:
        _interpreters.destroy(b)


if __name__ == "__main__":
    main()
