# Checks of the module's exceptions shared by the profiles whose documents state their sentences.
from concurrent import interpreters


def check_interpreter_error_subclass_of_exception():
    """InterpreterError derives from Exception and is what a refused interpreter operation raises."""
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


def check_every_method_after_close():
    """After close() every operation on the interpreter raises InterpreterNotFoundError (an InterpreterError)."""
    interp = interpreters.create()
    interp.close()
    operations = {
        "is_running()": interp.is_running,
        "exec()": lambda: interp.exec("pass"),
        "call()": lambda: interp.call(int),
        "prepare_main()": lambda: interp.prepare_main(x=1),
        "close()": interp.close,
        "Interpreter(id)": lambda: interpreters.Interpreter(interp.id),
    }
    for name, op in operations.items():
        try:
            op()
        except interpreters.InterpreterNotFoundError as e:
            assert isinstance(e, interpreters.InterpreterError), f"{name}: not an InterpreterError"
        except Exception as e:
            raise AssertionError(f"{name} on a closed interpreter raised {type(e).__name__}: {e}; "
                                 "expected InterpreterNotFoundError") from e
        else:
            raise AssertionError(f"{name} on a closed interpreter returned normally")


def check_raised_for_missing_interpreter():
    """InterpreterNotFoundError subclasses InterpreterError and is raised by every method of a closed
    interpreter."""
    E = interpreters.InterpreterNotFoundError
    assert issubclass(E, interpreters.InterpreterError), f"mro is {[c.__name__ for c in E.__mro__]}"
    interp = interpreters.create()
    interp.close()
    ops = {
        "is_running()": lambda: interp.is_running(),
        "close()": lambda: interp.close(),
        "exec()": lambda: interp.exec("pass"),
        "call()": lambda: interp.call(len, ""),
        "prepare_main()": lambda: interp.prepare_main(a=1),
    }
    for name, op in ops.items():
        try:
            op()
        except E as e:
            assert type(e) is E, f"{name} raised {type(e).__name__}, expected InterpreterNotFoundError itself"
        except Exception as e:
            raise AssertionError(f"{name} on a closed interpreter raised {type(e).__name__}: {e}; "
                                 "expected InterpreterNotFoundError") from e
        else:
            raise AssertionError(f"{name} on a closed interpreter returned normally; expected InterpreterNotFoundError")


def _raise_type_error():
    raise TypeError("from call")


def check_subclass_and_raised_for_uncaught():
    """ExecutionFailed subclasses InterpreterError and is raised for uncaught exceptions in exec() and call()."""
    E = interpreters.ExecutionFailed
    assert issubclass(E, interpreters.InterpreterError), f"mro is {[c.__name__ for c in E.__mro__]}"
    assert not issubclass(E, interpreters.InterpreterNotFoundError), "ExecutionFailed must not be InterpreterNotFoundError"
    interp = interpreters.create()
    try:
        for how, op in (("exec", lambda: interp.exec("raise ZeroDivisionError('from exec')")),
                        ("call", lambda: interp.call(_raise_type_error))):
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


def _fail():
    raise OSError("disk")


def check_caught_as_interpreter_error():
    """except InterpreterError catches the failure of exec() and call(); it is not InterpreterNotFoundError."""
    interp = interpreters.create()
    try:
        for how in ("exec", "call"):
            try:
                interp.exec("raise OSError('disk')") if how == "exec" else interp.call(_fail)
            except interpreters.InterpreterError as e:
                assert isinstance(e, interpreters.ExecutionFailed), f"{how}: caught {type(e).__name__}"
                assert not isinstance(e, interpreters.InterpreterNotFoundError), f"{how}: raised not-found"
            except OSError as e:
                raise AssertionError(f"{how}(): the OSError itself crossed into the caller") from e
            else:
                raise AssertionError(f"{how}() of failing code returned normally")
    finally:
        interp.close()


def _caught():
    try:
        raise ValueError("inside")
    except ValueError:
        return "handled"


def check_handled_exception_not_raised():
    """An exception raised and caught inside the interpreter does not raise ExecutionFailed."""
    interp = interpreters.create()
    try:
        interp.exec("try:\n    1/0\nexcept ZeroDivisionError:\n    handled = True\n")
        interp.exec("assert handled")
        got = interp.call(_caught)
        assert got == "handled", f"call() returned {got!r}"
    finally:
        interp.close()


def check_snapshot_fields():
    """excinfo describes the sub's exception: type name/qualname/module, message, formatted line, traceback
    text."""
    interp = interpreters.create()
    try:
        try:
            interp.exec("def inner():\n    raise OSError('disk on fire')\ninner()\n")
        except interpreters.ExecutionFailed as e:
            info = e.excinfo
        else:
            raise AssertionError("exec() of raising code returned normally")
        t = info.type
        got = (t.__name__, t.__qualname__, t.__module__)
        assert got == ("OSError", "OSError", "builtins"), (
            f"excinfo.type (name, qualname, module) is {got!r}, expected ('OSError', 'OSError', 'builtins')")
        assert info.msg == "disk on fire", f"excinfo.msg is {info.msg!r}, expected 'disk on fire' (str of the exception)"
        assert info.formatted == "OSError: disk on fire", f"excinfo.formatted is {info.formatted!r}"
        assert isinstance(info.errdisplay, str) and "inner" in info.errdisplay and "OSError" in info.errdisplay, (
            f"excinfo.errdisplay should be the formatted traceback mentioning 'inner', got {info.errdisplay!r}")
    finally:
        interp.close()


def check_not_shareable_subclass_of_type_error():
    """NotShareableError subclasses TypeError (not InterpreterError) and is raised when sending an unshareable
    object."""
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
