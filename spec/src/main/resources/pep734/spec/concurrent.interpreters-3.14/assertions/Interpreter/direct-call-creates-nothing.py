# ---
# clause: api:Interpreter
# quote: Generally, Interpreter shouldn't be called directly.
# quote: Instead, use create or one of the other module functions.
# level: should
# features: lifecycle
# description: calling Interpreter(id) only looks an interpreter up: it never creates one, for a known or unknown id
# ---
from concurrent import interpreters


def main():
    interp = interpreters.create()
    try:
        before = sorted(i.id for i in interpreters.list_all())
        again = interpreters.Interpreter(interp.id)
        assert again is interp, f"Interpreter({interp.id}) returned {again!r}, not the object create() returned"
        unknown = max(before) + 1000
        try:
            made = interpreters.Interpreter(unknown)
        except interpreters.InterpreterNotFoundError:
            pass
        else:
            raise AssertionError(f"Interpreter({unknown}) returned {made!r}: calling the class made an interpreter "
                                 "instead of raising InterpreterNotFoundError")
        after = sorted(i.id for i in interpreters.list_all())
        assert after == before, f"calling Interpreter() changed the set of interpreters: {before} -> {after}"
    finally:
        interp.close()


if __name__ == "__main__":
    main()
