# ---
# clause: api:Interpreter.close
# level: should
# features: lifecycle
# description: get_main().close() raises InterpreterError and the main interpreter keeps working
# ---
from concurrent import interpreters


def main():
    m = interpreters.get_main()
    try:
        m.close()
    except interpreters.InterpreterNotFoundError as e:
        raise AssertionError(f"closing main raised InterpreterNotFoundError ({e}); expected plain InterpreterError") from e
    except interpreters.InterpreterError:
        pass
    else:
        raise AssertionError("get_main().close() returned normally; the main interpreter cannot be destroyed "
                             "from Python, expected InterpreterError")
    assert 0 in [i.id for i in interpreters.list_all()], "after the refused close, main must still be listed"
    interp = interpreters.create()
    try:
        interp.exec("pass")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
