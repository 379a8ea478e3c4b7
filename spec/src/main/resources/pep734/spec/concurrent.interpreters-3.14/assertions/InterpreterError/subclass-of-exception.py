# ---
# clause: api:InterpreterError
# quote: This exception, a subclass of Exception, is raised when an interpreter-related error happens.
# level: must
# features: errors
# description: InterpreterError derives from Exception and is what a refused interpreter operation raises
# ---
from concurrent import interpreters


def main():
    E = interpreters.InterpreterError
    assert isinstance(E, type) and issubclass(E, Exception), f"InterpreterError must subclass Exception, mro {E.__mro__}"
    assert not issubclass(E, (TypeError, ValueError, RuntimeError)), (
        f"InterpreterError should derive from Exception directly, its mro is {[c.__name__ for c in E.__mro__]}")
    # an interpreter-related error: the main interpreter cannot be closed from here
    try:
        interpreters.get_main().close()
    except E as e:
        assert type(e) is E, f"closing main raised {type(e).__name__}, expected InterpreterError itself"
        assert str(e), "the InterpreterError should carry a message"
    else:
        raise AssertionError("get_main().close() did not raise InterpreterError")


if __name__ == "__main__":
    main()
