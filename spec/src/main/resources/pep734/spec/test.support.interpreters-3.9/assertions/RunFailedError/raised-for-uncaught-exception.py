# ---
# clause: api:RunFailedError
# quote: This exception, a subclass of RuntimeError, is raised when the Interpreter.run() results in an uncaught exception.
# level: must
# features: errors
# description: an uncaught exception in run() raises RunFailedError (a RuntimeError) in the caller; the interpreter stays usable
# ---
from test.support import interpreters


def main():
    assert issubclass(interpreters.RunFailedError, RuntimeError), "RunFailedError is not a RuntimeError subclass"
    interp = interpreters.create()
    try:
        for code in ("raise ValueError('bad spam')\n", "{}['nokey']\n", "1 / 0\n"):
            try:
                interp.run(code)
            except interpreters.RunFailedError:
                pass
            except BaseException as e:
                raise AssertionError(f"run({code!r}) raised {type(e).__name__}: {e}; expected RunFailedError") from None
            else:
                raise AssertionError(f"run({code!r}) returned normally; expected RunFailedError")
        interp.run("ok = 1\n")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
