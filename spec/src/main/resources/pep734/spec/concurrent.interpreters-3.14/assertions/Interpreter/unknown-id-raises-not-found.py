# ---
# clause: api:Interpreter
# level: should
# features: lifecycle
# description: Interpreter(id) for an id that does not exist (never created, or closed) raises InterpreterNotFoundError
# ---
from concurrent import interpreters


def main():
    interp = interpreters.create()
    old = interp.id
    interp.close()
    for bad in (old, 10**6):
        try:
            got = interpreters.Interpreter(bad)
        except interpreters.InterpreterNotFoundError:
            pass
        except Exception as e:
            raise AssertionError(
                f"Interpreter({bad}) for a missing interpreter raised {type(e).__name__}: {e}; "
                "expected InterpreterNotFoundError") from e
        else:
            raise AssertionError(f"Interpreter({bad}) for a missing interpreter returned {got!r}; "
                                 "expected InterpreterNotFoundError")


if __name__ == "__main__":
    main()
