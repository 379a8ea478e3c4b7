# ---
# clause: api:Interpreter.close
# level: should
# features: lifecycle, errors
# description: closing an interpreter a second time raises RuntimeError (its ID is no longer known)
# ---
from test.support import interpreters


def main():
    interp = interpreters.create()
    interp.close()
    try:
        interp.close()
    except RuntimeError:
        return
    except Exception as e:
        raise AssertionError(f"a second close() raised {type(e).__name__}: {e}; expected RuntimeError")
    raise AssertionError("a second close() of the same interpreter returned normally")


if __name__ == "__main__":
    main()
