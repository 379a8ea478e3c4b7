# ---
# clause: api:InterpreterNotFoundError
# quote: This exception, a subclass of InterpreterError, is raised when the targeted interpreter no longer exists.
# level: must
# features: errors, lifecycle
# description: InterpreterNotFoundError subclasses InterpreterError and is raised by every method of a closed interpreter
# ---
from concurrent import interpreters


def main():
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


if __name__ == "__main__":
    main()
