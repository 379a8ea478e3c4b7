# ---
# clause: api:Interpreter.is_running
# quote: Return True if the interpreter is currently executing code in its __main__ module and False otherwise.
# level: must
# features: lifecycle
# description: the interpreter that asks about itself is running: main from main, a sub from inside its own exec()
# ---
from concurrent import interpreters


def main():
    got = interpreters.get_main().is_running()
    assert got is True, f"this script runs in main's __main__, so get_main().is_running() must be True, got {got!r}"
    interp = interpreters.create()
    try:
        interp.exec(
            "from concurrent import interpreters as _i\n"
            "_r = _i.get_current().is_running()\n"
            "assert _r is True, f'inside exec(), get_current().is_running() is {_r!r}, expected True'\n")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
