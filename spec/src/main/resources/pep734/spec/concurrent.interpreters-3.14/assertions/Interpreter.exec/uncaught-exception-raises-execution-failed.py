# ---
# clause: api:Interpreter.exec
# quote: Run the given source code in the interpreter (in the current thread).
# level: must
# features: errors
# description: an uncaught exception in exec'd code surfaces in the caller as ExecutionFailed, and the interpreter stays usable
# ---
from concurrent import interpreters


def main():
    interp = interpreters.create()
    try:
        try:
            interp.exec("before = 1\nraise KeyError('missing')\nafter = 2\n")
        except interpreters.ExecutionFailed as e:
            assert e.excinfo.type.__name__ == "KeyError", f"excinfo.type.__name__ is {e.excinfo.type.__name__!r}"
        except BaseException as e:
            raise AssertionError(f"exec() of code raising KeyError raised {type(e).__name__}: {e!r} in the caller; "
                                 "expected ExecutionFailed (the exception itself must not cross)") from e
        else:
            raise AssertionError("exec() of code raising KeyError returned normally; expected ExecutionFailed")
        interp.exec("assert before == 1\nassert 'after' not in globals(), 'code after the raise ran'\n")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
