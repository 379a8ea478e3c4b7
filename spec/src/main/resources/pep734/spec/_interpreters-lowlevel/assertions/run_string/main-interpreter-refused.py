# ---
# clause: api:run_string
# quote: Providing an invalid or unknown ID results in a RuntimeError, likewise if the main interpreter or any other running interpreter is used.
# level: must
# features: lowlevel, errors
# description: run_string on the main interpreter's ID raises RuntimeError, from main and from a subinterpreter, without running the code
# includes: lowlevel_main.py, raising.py
# ---
import _interpreters

ran_here = False


def main():
    with must_raise(RuntimeError, "run_string(get_main(), ...) from the main interpreter"):
        _interpreters.run_string(_interpreters.get_main(), "ran_here = True\n")
    assert ran_here is False, "run_string on the main interpreter ran the code although it raised"
    interp = _interpreters.create()
    try:
        ns = run_and_read(interp, (
            "import _interpreters\n"
            "try:\n"
            "    _interpreters.run_string(_interpreters.get_main(), 'ran_here = True')\n"
            "    outcome = 'returned'\n"
            "except RuntimeError:\n"
            "    outcome = 'RuntimeError'\n"
            "except Exception as e:\n"
            "    outcome = type(e).__name__\n"))
        assert ns["outcome"] == "RuntimeError", (
            f"run_string(get_main(), ...) from a subinterpreter gave {ns['outcome']}; expected RuntimeError")
        assert ran_here is False, "code sent from a subinterpreter ran in the main interpreter"
    finally:
        _interpreters.destroy(interp)


if __name__ == "__main__":
    main()
