# ---
# clause: api:NotShareableError
# quote: This exception, a subclass of TypeError, is raised when an object cannot be sent to another interpreter.
# level: must
# features: errors, shareable
# description: a call() argument that the sender can serialise but the target cannot rebuild raises NotShareableError in the caller, not ExecutionFailed or another InterpreterError
# ---
from concurrent import interpreters


class BuiltOnlyHere:
    """Pickles fine; rebuilding it (in any interpreter) fails, as an object whose class the target cannot make."""

    def __init__(self, value):
        if value == "rebuilt":
            raise RuntimeError("cannot be rebuilt here")

    def __reduce__(self):
        return (type(self), ("rebuilt",))


def identity(x):
    return x


def main():
    interp = interpreters.create()
    try:
        try:
            got = interp.call(identity, BuiltOnlyHere("original"))
        except interpreters.NotShareableError:
            pass
        except Exception as e:
            raise AssertionError(f"an argument the target cannot rebuild raised {type(e).__name__}: {e}; "
                                 "expected NotShareableError") from e
        else:
            raise AssertionError(f"call() returned {got!r}; the argument cannot reach the other interpreter")
        assert interp.call(identity, "ok") == "ok", "the interpreter must stay usable"
    finally:
        interp.close()


if __name__ == "__main__":
    main()
