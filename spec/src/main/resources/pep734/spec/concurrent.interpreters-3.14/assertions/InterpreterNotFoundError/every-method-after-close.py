# ---
# clause: api:InterpreterNotFoundError
# quote: This exception, a subclass of InterpreterError, is raised when the targeted interpreter no longer exists.
# level: must
# features: lifecycle
# description: after close() every operation on the interpreter raises InterpreterNotFoundError (an InterpreterError)
# ---
from concurrent import interpreters


def main():
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


if __name__ == "__main__":
    main()
