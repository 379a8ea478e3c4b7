# ---
# clause: api:RunFailedError
# level: should
# features: errors
# description: sys.exit() in run() is an uncaught exception too: RunFailedError in the caller, the caller's process goes on
# ---
from test.support import interpreters


def main():
    interp = interpreters.create()
    try:
        try:
            interp.run("import sys\nsys.exit(2)\n")
        except interpreters.RunFailedError:
            pass
        except BaseException as e:
            raise AssertionError(f"sys.exit(2) in run() raised {type(e).__name__}: {e} in the caller; "
                                 "expected RunFailedError") from None
        else:
            raise AssertionError("sys.exit(2) in run(): run() returned normally; expected RunFailedError")
        interp.run("alive = 1\n")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
