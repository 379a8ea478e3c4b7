# ---
# clause: api:ExecutionFailed
# quote: This exception, a subclass of InterpreterError, is raised when the running code raised an uncaught exception.
# level: must
# features: errors
# description: ExecutionFailed subclasses InterpreterError and is raised for uncaught exceptions in exec() and call()
# ---
from concurrent import interpreters


def raise_type_error():
    raise TypeError("from call")


def main():
    E = interpreters.ExecutionFailed
    assert issubclass(E, interpreters.InterpreterError), f"mro is {[c.__name__ for c in E.__mro__]}"
    assert not issubclass(E, interpreters.InterpreterNotFoundError), "ExecutionFailed must not be InterpreterNotFoundError"
    interp = interpreters.create()
    try:
        for how, op in (("exec", lambda: interp.exec("raise ZeroDivisionError('from exec')")),
                        ("call", lambda: interp.call(raise_type_error))):
            try:
                op()
            except E as e:
                assert type(e) is E, f"{how}: raised {type(e).__name__}, expected ExecutionFailed"
            except BaseException as e:
                raise AssertionError(f"{how}: an uncaught exception in the sub gave {type(e).__name__}: {e}; "
                                     "expected ExecutionFailed") from e
            else:
                raise AssertionError(f"{how}: an uncaught exception in the sub was not reported")
        # caught exceptions are not reported
        interp.exec("try:\n    1/0\nexcept ZeroDivisionError:\n    handled = True\n")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
