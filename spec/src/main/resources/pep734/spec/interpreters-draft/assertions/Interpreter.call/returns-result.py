# ---
# clause: api:Interpreter.call
# level: should
# features: call
# description: call() returns the function's shareable result (as in CPython's later concurrent.interpreters)
# ---
import interpreters


def answer():
    return 6 * 7


def main():
    interp = interpreters.create()
    try:
        got = interp.call(answer)
        assert got == 42, f"call(answer) returned {got!r}; expected 42"
    finally:
        interp.close()


if __name__ == "__main__":
    main()
