# ---
# clause: api:ExecutionFailed
# quote: The running code raised an uncaught exception.
# level: must
# features: errors
# description: an uncaught exception in exec() raises ExecutionFailed (an InterpreterError) in the caller; a caught one does not
# ---
import interpreters


def main():
    assert issubclass(interpreters.ExecutionFailed, interpreters.InterpreterError)
    interp = interpreters.create()
    try:
        for code, kind in (("raise ValueError('v')\n", "ValueError"), ("1 / 0\n", "ZeroDivisionError"),
                           ("import sys\nsys.exit(4)\n", "SystemExit")):
            try:
                interp.exec(code)
            except interpreters.ExecutionFailed as e:
                assert e.excinfo.type.__name__ == kind, f"exec({code!r}): ExecutionFailed names {e.excinfo.type.__name__}"
            except BaseException as e:
                raise AssertionError(f"exec({code!r}) raised {type(e).__name__} in the caller; expected ExecutionFailed") from None
            else:
                raise AssertionError(f"exec({code!r}) returned normally")
        interp.exec("try:\n    raise ValueError('handled')\nexcept ValueError:\n    pass\n")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
