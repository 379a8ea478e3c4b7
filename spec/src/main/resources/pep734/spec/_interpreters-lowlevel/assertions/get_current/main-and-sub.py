# ---
# clause: api:get_current
# quote: Return the ID of the currently running interpreter.
# level: must
# features: lowlevel
# description: get_current() is the main interpreter's ID in main and each subinterpreter's own ID inside it
# includes: lowlevel_main.py
# ---
import _interpreters


def main():
    assert int(_interpreters.get_current()) == int(_interpreters.get_main()), (
        f"in the main interpreter get_current() is {_interpreters.get_current()!r}, get_main() is "
        f"{_interpreters.get_main()!r}")
    a = _interpreters.create()
    b = _interpreters.create()
    try:
        for interp in (a, b):
            ns = run_and_read(interp, "import _interpreters\ncur = int(_interpreters.get_current())\n")
            assert ns["cur"] == int(interp), (
                f"inside interpreter {int(interp)} get_current() returned {ns['cur']}")
    finally:
        _interpreters.destroy(a)
        _interpreters.destroy(b)


if __name__ == "__main__":
    main()
