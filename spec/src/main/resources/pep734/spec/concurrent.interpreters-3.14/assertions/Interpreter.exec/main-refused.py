# ---
# clause: api:Interpreter.exec
# level: should
# description: exec() on the main interpreter (not created by this module) raises InterpreterError and runs nothing
# ---
from concurrent import interpreters
import __main__


def main():
    try:
        interpreters.get_main().exec("injected_by_exec = 1")
    except interpreters.InterpreterNotFoundError as e:
        raise AssertionError(f"got InterpreterNotFoundError ({e}); expected plain InterpreterError") from e
    except interpreters.InterpreterError:
        pass
    else:
        raise AssertionError("get_main().exec(...) returned; CPython refuses with InterpreterError")
    assert not hasattr(__main__, "injected_by_exec"), "the refused exec() ran in main's __main__"


if __name__ == "__main__":
    main()
