# ---
# clause: api:Interpreter.exec
# level: should
# features: errors
# description: a KeyboardInterrupt raised in exec'd code is reported as ExecutionFailed, not re-raised in the caller
# ---
from concurrent import interpreters


def main():
    interp = interpreters.create()
    try:
        try:
            interp.exec("raise KeyboardInterrupt('stop')\n")
        except interpreters.ExecutionFailed as e:
            got = (e.excinfo.type.__name__, e.excinfo.msg)
            assert got == ("KeyboardInterrupt", "stop"), f"excinfo (type, msg) is {got!r}"
        except KeyboardInterrupt as e:
            raise AssertionError("the sub's KeyboardInterrupt was re-raised in the caller; expected ExecutionFailed") from e
        else:
            raise AssertionError("exec() returned normally although its code raised KeyboardInterrupt")
        interp.exec("pass")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
