# ---
# clause: api:Interpreter.close
# level: should
# features: lifecycle
# description: get_main().close() raises InterpreterError and the main interpreter keeps working
# includes: raising.py
# ---
from concurrent import interpreters


def main():
    m = interpreters.get_main()
    with must_raise(interpreters.InterpreterError, "get_main().close()", but_not=interpreters.InterpreterNotFoundError,
                    hint="the main interpreter cannot be destroyed from Python"):
        m.close()
    assert 0 in [i.id for i in interpreters.list_all()], "after the refused close, main must still be listed"
    interp = interpreters.create()
    try:
        interp.exec("pass")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
