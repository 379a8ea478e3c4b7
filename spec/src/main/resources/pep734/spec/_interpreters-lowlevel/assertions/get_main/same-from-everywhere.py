# ---
# clause: api:get_main
# quote: Return the ID of the main interpreter.
# level: must
# features: lowlevel
# description: get_main() names the same interpreter from main and from a subinterpreter, and it is not a created one
# includes: lowlevel_main.py
# ---
import _interpreters


def main():
    main_id = int(_interpreters.get_main())
    interp = _interpreters.create()
    try:
        assert int(interp) != main_id, f"create() returned the main interpreter's ID {main_id}"
        ns = run_and_read(interp, "import _interpreters\nm = int(_interpreters.get_main())\n")
        assert ns["m"] == main_id, f"inside a subinterpreter get_main() is {ns['m']}; in main it is {main_id}"
    finally:
        _interpreters.destroy(interp)
    assert int(_interpreters.get_main()) == main_id, "get_main() changed"


if __name__ == "__main__":
    main()
