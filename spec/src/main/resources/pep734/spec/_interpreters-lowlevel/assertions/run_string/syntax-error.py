# ---
# clause: api:run_string
# level: should
# features: lowlevel, errors
# description: a program that does not compile raises SyntaxError in the caller and changes nothing
# includes: lowlevel_main.py, raising.py
# ---
import _interpreters


def main():
    interp = _interpreters.create()
    try:
        with must_raise(SyntaxError, "run_string of a program with a syntax error", hint="raised in the caller"):
            _interpreters.run_string(interp, "x = 1\ndef broken(:\n")
        ns = read_main(interp)
        assert "x" not in ns, "part of a program that does not compile ran"
    finally:
        _interpreters.destroy(interp)


if __name__ == "__main__":
    main()
