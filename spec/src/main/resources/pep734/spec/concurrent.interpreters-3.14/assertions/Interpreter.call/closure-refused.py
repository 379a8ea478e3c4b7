# ---
# clause: api:Interpreter.call
# level: should
# features: shareable
# description: a closure cannot be sent to another interpreter: call() raises NotShareableError and runs nothing
# ---
from concurrent import interpreters


def main():
    interp = interpreters.create()
    try:
        captured = [0]

        def closure():
            captured[0] += 1
            return captured[0]

        try:
            got = interp.call(closure)
        except interpreters.NotShareableError:
            pass
        except Exception as e:
            raise AssertionError(f"call(closure) raised {type(e).__name__}: {e}; expected NotShareableError") from e
        else:
            raise AssertionError(f"call(closure) returned {got!r}; a closure's cells live in the caller's interpreter "
                                 "and cannot be shared, expected NotShareableError")
        assert captured == [0], f"the closure ran anyway: captured is {captured!r}"
    finally:
        interp.close()


if __name__ == "__main__":
    main()
