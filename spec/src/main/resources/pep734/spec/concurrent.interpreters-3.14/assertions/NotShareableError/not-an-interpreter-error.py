# ---
# clause: api:NotShareableError
# quote: This exception, a subclass of TypeError, is raised when an object cannot be sent to another interpreter.
# level: should
# features: shareable, errors
# description: NotShareableError is a TypeError but not an InterpreterError; except TypeError catches a refused prepare_main
# ---
from concurrent import interpreters


def main():
    assert not issubclass(interpreters.NotShareableError, interpreters.InterpreterError), (
        "NotShareableError subclasses InterpreterError; CPython makes it a TypeError only")
    interp = interpreters.create()
    try:
        try:
            interp.prepare_main(x=object())
        except TypeError as e:
            assert type(e) is interpreters.NotShareableError, f"caught {type(e).__name__}, not NotShareableError"
        else:
            raise AssertionError("prepare_main(x=object()) returned normally")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
