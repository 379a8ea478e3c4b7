# ---
# clause: api:ExecutionFailed
# level: should
# features: errors
# description: ExecutionFailed carries no __cause__ or __context__ (the original exception lives in the other interpreter)
# ---
from concurrent import interpreters


def main():
    interp = interpreters.create()
    try:
        try:
            interp.exec("raise ValueError('x') from KeyError('y')")
        except interpreters.ExecutionFailed as e:
            assert e.__cause__ is None, f"__cause__ is {e.__cause__!r}: an object of the other interpreter leaked"
            assert e.__context__ is None, f"__context__ is {e.__context__!r}"
        else:
            raise AssertionError("exec() of raising code returned normally")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
