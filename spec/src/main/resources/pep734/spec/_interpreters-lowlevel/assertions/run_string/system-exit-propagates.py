# ---
# clause: api:run_string
# quote: Note that SystemExit (as raised by sys.exit()) is not treated any differently and will result in the process ending if not caught explicitly.
# level: must
# features: lowlevel, errors
# description: sys.exit(3) in the program raises SystemExit with code 3 in the caller, like any other exception
# includes: lowlevel_main.py, raising.py
# ---
import _interpreters


def main():
    interp = _interpreters.create()
    try:
        with must_raise(SystemExit, "run_string of a program calling sys.exit(3)",
                        hint="SystemExit(3), not treated any differently") as raised:
            _interpreters.run_string(interp, "import sys\nsys.exit(3)\n")
        code = raised.error.code
        assert code == 3, f"SystemExit reached the caller with code {code!r}; expected 3"
        ns = run_and_read(interp, "alive = True\n")
        assert ns["alive"] is True, "the interpreter did not survive the SystemExit"
    finally:
        _interpreters.destroy(interp)


if __name__ == "__main__":
    main()
