# ---
# clause: api:Interpreter.call
# level: should
# features: errors
# description: call() targeting the main interpreter raises InterpreterError, also from inside a subinterpreter
# includes: raising.py
# ---
from concurrent import interpreters


def call_main_from_sub():
    from concurrent import interpreters
    try:
        interpreters.get_main().call(len, "abc")
    except interpreters.InterpreterNotFoundError:
        return "InterpreterNotFoundError"
    except interpreters.InterpreterError as e:
        return type(e).__name__
    except Exception as e:
        return f"{type(e).__name__}: {e}"
    return "returned"


def main():
    with must_raise(interpreters.InterpreterError, "get_main().call(len, 'abc')",
                    but_not=interpreters.InterpreterNotFoundError,
                    hint="main exists but is not owned by the module; CPython refuses") as raised:
        raised.returned = interpreters.get_main().call(len, "abc")
    interp = interpreters.create()
    try:
        got = interp.call(call_main_from_sub)
        assert got == "InterpreterError", f"get_main().call(...) inside a sub gave {got!r}; expected InterpreterError"
    finally:
        interp.close()


if __name__ == "__main__":
    main()
