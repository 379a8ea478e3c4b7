# ---
# clause: api:run_string
# level: should
# features: lowlevel, errors
# description: a program that does not compile raises SyntaxError in the caller and changes nothing
# includes: lowlevel_main.py
# ---
import _interpreters


def main():
    interp = _interpreters.create()
    try:
        try:
            _interpreters.run_string(interp, "x = 1\ndef broken(:\n")
        except SyntaxError:
            pass
        else:
            raise AssertionError("a program with a syntax error did not raise SyntaxError in the caller")
        ns = read_main(interp)
        assert "x" not in ns, "part of a program that does not compile ran"
    finally:
        _interpreters.destroy(interp)


if __name__ == "__main__":
    main()
