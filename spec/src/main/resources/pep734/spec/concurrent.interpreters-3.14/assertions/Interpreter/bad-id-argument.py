# ---
# clause: api:Interpreter
# level: should
# description: Interpreter(id) rejects a negative id with ValueError and a non-int id with TypeError
# ---
from concurrent import interpreters


def expect(exc_type, arg):
    try:
        got = interpreters.Interpreter(arg)
    except exc_type:
        return
    except Exception as e:
        raise AssertionError(f"Interpreter({arg!r}) raised {type(e).__name__}: {e}; expected {exc_type.__name__}") from e
    raise AssertionError(f"Interpreter({arg!r}) returned {got!r}; expected {exc_type.__name__}")


def main():
    expect(ValueError, -1)
    expect(TypeError, "0")
    expect(TypeError, 0.0)
    expect(TypeError, None)


if __name__ == "__main__":
    main()
