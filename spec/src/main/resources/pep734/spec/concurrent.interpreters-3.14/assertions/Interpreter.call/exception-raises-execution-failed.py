# ---
# clause: api:Interpreter.call
# level: should
# features: errors
# description: an exception escaping the called function raises ExecutionFailed in the caller, with its type and message
# ---
from concurrent import interpreters


def fail(message):
    raise ValueError(message)


def main():
    interp = interpreters.create()
    try:
        try:
            interp.call(fail, "bad input 42")
        except interpreters.ExecutionFailed as e:
            info = e.excinfo
            assert info.type.__name__ == "ValueError", f"excinfo.type.__name__ is {info.type.__name__!r}"
            assert info.msg == "bad input 42", f"excinfo.msg is {info.msg!r}, expected 'bad input 42'"
        except ValueError as e:
            raise AssertionError("the ValueError itself reached the caller; CPython wraps it in ExecutionFailed") from e
        else:
            raise AssertionError("call() of a raising function returned normally; expected ExecutionFailed")
        assert interp.call(len, "abc") == 3, "the interpreter must stay usable after a failed call()"
    finally:
        interp.close()


if __name__ == "__main__":
    main()
