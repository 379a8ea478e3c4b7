# ---
# clause: api:Interpreter.call
# level: should
# features: shareable
# description: a closure cannot be sent to another interpreter: call() raises NotShareableError and runs nothing
# includes: raising.py
# ---
from concurrent import interpreters


def main():
    interp = interpreters.create()
    try:
        captured = [0]

        def closure():
            captured[0] += 1
            return captured[0]

        with must_raise(interpreters.NotShareableError, "call(closure)",
                        hint="a closure's cells live in the caller's interpreter and cannot be shared") as raised:
            raised.returned = interp.call(closure)
        assert captured == [0], f"the closure ran anyway: captured is {captured!r}"
    finally:
        interp.close()


if __name__ == "__main__":
    main()
