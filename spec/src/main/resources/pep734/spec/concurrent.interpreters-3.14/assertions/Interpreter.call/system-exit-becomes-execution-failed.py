# ---
# clause: api:Interpreter.call
# level: should
# features: errors
# description: sys.exit() inside call() raises ExecutionFailed (type SystemExit) in the caller; process and interpreter survive
# ---
from concurrent import interpreters


def leave():
    import sys
    sys.exit(3)


def main():
    interp = interpreters.create()
    try:
        try:
            interp.call(leave)
        except interpreters.ExecutionFailed as e:
            assert e.excinfo.type.__name__ == "SystemExit", e.excinfo
            assert e.excinfo.msg == "3", f"excinfo.msg is {e.excinfo.msg!r}; expected '3'"
        except SystemExit as e:
            raise AssertionError("SystemExit from the subinterpreter reached the caller as SystemExit") from e
        else:
            raise AssertionError("call() of a function calling sys.exit(3) returned normally")
        assert interp.call(abs, -2) == 2, "the interpreter does not work after SystemExit"
    finally:
        interp.close()


if __name__ == "__main__":
    main()
