# ---
# clause: api:Interpreter.exec
# level: should
# features: errors
# description: sys.exit() inside exec() raises ExecutionFailed in the caller; neither the process nor the interpreter exits
# ---
from concurrent import interpreters


def main():
    interp = interpreters.create()
    try:
        try:
            interp.exec("import sys\nsys.exit(3)\n")
        except interpreters.ExecutionFailed as e:
            name = e.excinfo.type.__name__
            assert name == "SystemExit", f"excinfo.type.__name__ is {name!r}, expected 'SystemExit'"
            assert e.excinfo.msg == "3", f"excinfo.msg is {e.excinfo.msg!r}, expected '3'"
        except SystemExit as e:
            raise AssertionError(f"SystemExit({e.code!r}) from the sub reached the caller; expected ExecutionFailed") from e
        else:
            raise AssertionError("exec('sys.exit(3)') returned normally; expected ExecutionFailed")
        interp.exec("still_alive = True\n")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
