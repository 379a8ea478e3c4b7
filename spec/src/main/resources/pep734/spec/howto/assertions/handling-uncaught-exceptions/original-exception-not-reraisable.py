# ---
# clause: section:handling-uncaught-exceptions
# quote: At the moment there isn't an easy way to "re-raise" an unhandled exception from another interpreter.
# level: should
# features: errors
# description: ExecutionFailed does not hold the original exception object: no __cause__, and excinfo.type is a description, not a class to raise
# ---
from concurrent import interpreters


def main():
    interp = interpreters.create()
    try:
        try:
            interp.exec("raise KeyError('k')")
        except interpreters.ExecutionFailed as exc:
            assert exc.__cause__ is None and exc.__context__ is None, "the original exception came along"
            assert not isinstance(exc.excinfo.type, type), f"excinfo.type is a class: {exc.excinfo.type!r}"
            assert exc.excinfo.type.__name__ == "KeyError", exc.excinfo.type
        else:
            raise AssertionError("exec() raising KeyError returned normally")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
