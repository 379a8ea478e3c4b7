# ---
# clause: api:Interpreter.id
# quote: The interpreter's ID (read-only).
# level: must
# description: id is an int, unique per interpreter, the same every read, and assigning or deleting it raises AttributeError
# includes: raising.py
# ---
import interpreters


def main():
    interp = interpreters.create()
    try:
        ident = interp.id
        assert isinstance(ident, int), f"id is {type(ident).__name__}; expected int"
        assert interp.id == ident, "id changed between two reads"
        assert ident != interpreters.get_main().id
        for what, action in (("assigning", lambda: setattr(interp, "id", ident + 100)),
                             ("deleting", lambda: delattr(interp, "id"))):
            with must_raise(AttributeError, f"{what} Interpreter.id"):
                action()
            assert interp.id == ident, f"{what} changed id to {interp.id!r}"
    finally:
        interp.close()


if __name__ == "__main__":
    main()
