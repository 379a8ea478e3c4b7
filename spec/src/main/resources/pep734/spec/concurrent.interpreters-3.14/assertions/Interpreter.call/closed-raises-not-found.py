# ---
# clause: api:Interpreter.call
# level: should
# features: lifecycle
# description: call() on a closed interpreter raises InterpreterNotFoundError and does not run the function
# ---
import os
import tempfile
from concurrent import interpreters


def touch(path):
    open(path, "w").close()


def main():
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "ran")
        interp = interpreters.create()
        interp.close()
        try:
            interp.call(touch, path)
        except interpreters.InterpreterNotFoundError:
            pass
        except Exception as e:
            raise AssertionError(f"call() after close() raised {type(e).__name__}: {e}; "
                                 "expected InterpreterNotFoundError") from e
        else:
            raise AssertionError("call() after close() returned normally; expected InterpreterNotFoundError")
        assert not os.path.exists(path), "the function ran although the interpreter was closed"


if __name__ == "__main__":
    main()
