# ---
# clause: api:NotShareableError
# quote: This exception, a subclass of TypeError, is raised when an object cannot be sent to another interpreter.
# level: should
# features: errors, shareable
# description: a call() result that cannot be sent back (a generator) raises NotShareableError in the caller, not ExecutionFailed
# ---
from concurrent import interpreters


def make_generator():
    return (i for i in range(3))


def main():
    interp = interpreters.create()
    try:
        try:
            got = interp.call(make_generator)
        except interpreters.NotShareableError:
            pass
        except Exception as e:
            raise AssertionError(f"returning a generator raised {type(e).__name__}: {e}; expected NotShareableError") from e
        else:
            raise AssertionError(f"call() returned {got!r}; a generator cannot cross interpreters")
        assert interp.call(len, "ok") == 2, "the interpreter must stay usable"
    finally:
        interp.close()


if __name__ == "__main__":
    main()
