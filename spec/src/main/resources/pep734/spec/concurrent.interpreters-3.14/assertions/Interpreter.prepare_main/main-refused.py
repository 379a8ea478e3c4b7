# ---
# clause: api:Interpreter.prepare_main
# level: should
# description: prepare_main on the main interpreter raises InterpreterError and binds nothing in this __main__
# ---
from concurrent import interpreters


def main():
    try:
        interpreters.get_main().prepare_main(injected=1)
    except interpreters.InterpreterNotFoundError as e:
        raise AssertionError(f"got InterpreterNotFoundError ({e}); expected plain InterpreterError") from e
    except interpreters.InterpreterError:
        pass
    else:
        raise AssertionError("get_main().prepare_main(...) returned; CPython refuses with InterpreterError")
    import __main__
    assert not hasattr(__main__, "injected"), "the refused prepare_main bound 'injected' in main's __main__"


if __name__ == "__main__":
    main()
