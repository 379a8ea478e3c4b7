# ---
# clause: api:RunFailedError
# level: should
# features: errors
# description: sys.exit() in run() is an uncaught exception too: RunFailedError in the caller, the caller's process goes on
# includes: raising.py
# ---
from test.support import interpreters


def main():
    interp = interpreters.create()
    try:
        with must_raise(interpreters.RunFailedError, "run() of a program calling sys.exit(2)"):
            interp.run("import sys\nsys.exit(2)\n")
        interp.run("alive = 1\n")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
