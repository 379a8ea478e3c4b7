# ---
# clause: api:ExecutionFailed
# quote: This exception, a subclass of InterpreterError, is raised when the running code raised an uncaught exception.
# level: must
# features: exceptions
# description: except InterpreterError catches the failure of exec() and call(); it is not InterpreterNotFoundError
# ---
from concurrent import interpreters


def fail():
    raise OSError("disk")


def main():
    interp = interpreters.create()
    try:
        for how in ("exec", "call"):
            try:
                interp.exec("raise OSError('disk')") if how == "exec" else interp.call(fail)
            except interpreters.InterpreterError as e:
                assert isinstance(e, interpreters.ExecutionFailed), f"{how}: caught {type(e).__name__}"
                assert not isinstance(e, interpreters.InterpreterNotFoundError), f"{how}: raised not-found"
            except OSError as e:
                raise AssertionError(f"{how}(): the OSError itself crossed into the caller") from e
            else:
                raise AssertionError(f"{how}() of failing code returned normally")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
