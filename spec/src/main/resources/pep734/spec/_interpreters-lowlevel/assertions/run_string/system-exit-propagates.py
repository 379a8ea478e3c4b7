# ---
# clause: api:run_string
# quote: Note that SystemExit (as raised by sys.exit()) is not treated any differently and will result in the process ending if not caught explicitly.
# level: must
# features: lowlevel, errors
# description: sys.exit(3) in the program raises SystemExit with code 3 in the caller, like any other exception
# includes: lowlevel_main.py
# ---
import _interpreters


def main():
    interp = _interpreters.create()
    try:
        try:
            _interpreters.run_string(interp, "import sys\nsys.exit(3)\n")
        except SystemExit as e:
            assert e.code == 3, f"SystemExit reached the caller with code {e.code!r}; expected 3"
        except BaseException as e:
            raise AssertionError(f"sys.exit(3) in the program made run_string raise {type(e).__name__}: {e}; "
                                 "expected SystemExit(3), not treated any differently") from None
        else:
            raise AssertionError("sys.exit(3) in the program: run_string returned normally; expected SystemExit")
        ns = run_and_read(interp, "alive = True\n")
        assert ns["alive"] is True, "the interpreter did not survive the SystemExit"
    finally:
        _interpreters.destroy(interp)


if __name__ == "__main__":
    main()
