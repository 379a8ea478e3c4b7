# ---
# clause: api:ExecutionFailed
# quote: The running code raised an uncaught exception.
# level: must
# features: errors
# description: an uncaught exception in exec() raises ExecutionFailed (an InterpreterError) in the caller; a caught one does not
# includes: raising.py
# ---
import interpreters


def main():
    assert issubclass(interpreters.ExecutionFailed, interpreters.InterpreterError)
    interp = interpreters.create()
    try:
        for code, kind in (("raise ValueError('v')\n", "ValueError"), ("1 / 0\n", "ZeroDivisionError"),
                           ("import sys\nsys.exit(4)\n", "SystemExit")):
            with must_raise(interpreters.ExecutionFailed, f"exec({code!r})") as raised:
                interp.exec(code)
            e = raised.error
            assert e.excinfo.type.__name__ == kind, f"exec({code!r}): ExecutionFailed names {e.excinfo.type.__name__}"
        interp.exec("try:\n    raise ValueError('handled')\nexcept ValueError:\n    pass\n")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
