# ---
# clause: api:is_running
# level: should
# features: lowlevel
# description: the interpreter that asks about itself is running: main from main, a subinterpreter from inside
# includes: lowlevel_main.py
# ---
import _interpreters


def main():
    assert _interpreters.is_running(_interpreters.get_main()) is True, (
        "is_running(get_main()) is not True although the main interpreter is running this script")
    interp = _interpreters.create()
    try:
        ns = run_and_read(interp, (
            "import _interpreters\nme = _interpreters.is_running(_interpreters.get_current())\n"))
        assert ns["me"] is True, f"inside a subinterpreter is_running(get_current()) is {ns['me']!r}"
    finally:
        _interpreters.destroy(interp)


if __name__ == "__main__":
    main()
