# ---
# clause: api:list_all
# quote: Return a list of Interpreter objects, one for each existing interpreter.
# level: must
# features: lifecycle
# description: list_all() called inside a subinterpreter lists main, itself and its siblings
# ---
from concurrent import interpreters


def listed_ids():
    from concurrent import interpreters
    return tuple(sorted(i.id for i in interpreters.list_all()))


def main():
    a = interpreters.create()
    try:
        b = interpreters.create()
        try:
            expected = tuple(sorted(i.id for i in interpreters.list_all()))
            got = a.call(listed_ids)
            assert got == expected, (
                f"list_all() inside interpreter {a.id} returned ids {got}, the main interpreter sees {expected}; "
                "if this fails, check that the interpreter registry is process-wide, not per interpreter")
            assert 0 in got and a.id in got and b.id in got, f"expected 0, {a.id} and {b.id} in {got}"
        finally:
            b.close()
    finally:
        a.close()


if __name__ == "__main__":
    main()
