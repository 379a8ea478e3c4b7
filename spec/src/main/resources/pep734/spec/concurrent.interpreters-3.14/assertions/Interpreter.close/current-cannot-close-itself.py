# ---
# clause: api:Interpreter.close
# level: should
# features: lifecycle
# description: inside a subinterpreter, get_current().close() raises InterpreterError; the sub keeps working
# ---
from concurrent import interpreters


def close_self():
    from concurrent import interpreters
    try:
        interpreters.get_current().close()
    except interpreters.InterpreterNotFoundError as e:
        return ("InterpreterNotFoundError", str(e))
    except interpreters.InterpreterError as e:
        return (type(e).__name__, "refused")
    except Exception as e:
        return (type(e).__name__, str(e))
    return ("returned", "")


def main():
    interp = interpreters.create()
    try:
        got = interp.call(close_self)
        assert got == ("InterpreterError", "refused"), (
            f"get_current().close() inside the sub gave {got!r}; expected InterpreterError "
            "(an interpreter cannot destroy itself while running)")
        assert interp.id in [i.id for i in interpreters.list_all()], "the sub must still exist after the refused close"
        interp.exec("ok = 1")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
