# ---
# clause: api:NotShareableError
# quote: This exception, a subclass of TypeError, is raised when an object cannot be sent to another interpreter.
# level: must
# features: errors, shareable
# description: NotShareableError subclasses TypeError (not InterpreterError) and is raised when sending an unshareable object
# ---
from concurrent import interpreters


def main():
    E = interpreters.NotShareableError
    assert issubclass(E, TypeError), f"NotShareableError must subclass TypeError, mro {[c.__name__ for c in E.__mro__]}"
    assert not issubclass(E, interpreters.InterpreterError), "NotShareableError is a TypeError, not an InterpreterError"
    interp = interpreters.create()
    try:
        try:
            interp.prepare_main(obj=object())
        except TypeError as e:
            assert type(e) is E, f"sending object() raised {type(e).__name__}: {e}; expected NotShareableError"
        else:
            raise AssertionError("prepare_main(obj=object()) returned; expected NotShareableError")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
