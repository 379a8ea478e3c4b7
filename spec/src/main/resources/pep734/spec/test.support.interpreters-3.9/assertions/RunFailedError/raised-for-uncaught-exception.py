# ---
# clause: api:RunFailedError
# quote: This exception, a subclass of RuntimeError, is raised when the Interpreter.run() results in an uncaught exception.
# level: must
# features: errors
# description: an uncaught exception in run() raises RunFailedError (a RuntimeError) in the caller; the interpreter stays usable
# includes: raising.py
# ---
from test.support import interpreters


def main():
    assert issubclass(interpreters.RunFailedError, RuntimeError), "RunFailedError is not a RuntimeError subclass"
    interp = interpreters.create()
    try:
        for code in ("raise ValueError('bad spam')\n", "{}['nokey']\n", "1 / 0\n"):
            with must_raise(interpreters.RunFailedError, f"run({code!r})"):
                interp.run(code)
        interp.run("ok = 1\n")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
