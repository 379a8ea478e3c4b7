# ---
# clause: api:ExecutionFailed.excinfo
# quote: A basic snapshot of the exception raised in the other interpreter.
# level: should
# features: errors
# description: an uncaught ExceptionGroup is reported with its name, its message and its sub-exceptions in errdisplay
# ---
from concurrent import interpreters


def main():
    interp = interpreters.create()
    try:
        try:
            interp.exec("raise ExceptionGroup('grp', [ValueError('one'), TypeError('two')])")
        except interpreters.ExecutionFailed as e:
            info = e.excinfo
            assert info.type.__name__ == "ExceptionGroup", info.type
            assert info.msg == "grp (2 sub-exceptions)", info.msg
            assert "ValueError: one" in info.errdisplay and "TypeError: two" in info.errdisplay, info.errdisplay
        else:
            raise AssertionError("exec() raising an ExceptionGroup returned normally")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
