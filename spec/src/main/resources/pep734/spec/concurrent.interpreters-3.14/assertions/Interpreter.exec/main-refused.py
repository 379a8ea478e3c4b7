# ---
# clause: api:Interpreter.exec
# level: should
# description: exec() on the main interpreter (not created by this module) raises InterpreterError and runs nothing
# includes: raising.py
# ---
from concurrent import interpreters
import __main__


def main():
    with must_raise(interpreters.InterpreterError, "get_main().exec(...)",
                    but_not=interpreters.InterpreterNotFoundError,
                    hint="CPython refuses: main is not owned by the module"):
        interpreters.get_main().exec("injected_by_exec = 1")
    assert not hasattr(__main__, "injected_by_exec"), "the refused exec() ran in main's __main__"


if __name__ == "__main__":
    main()
