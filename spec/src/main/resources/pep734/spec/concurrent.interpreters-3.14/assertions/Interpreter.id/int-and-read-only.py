# ---
# clause: api:Interpreter.id
# quote: (read-only)
# quote: The interpreter's ID.
# level: must
# description: id is an int, distinct per interpreter, and read-only (assignment and deletion raise AttributeError)
# ---
from concurrent import interpreters


def main():
    interp = interpreters.create()
    try:
        original = interp.id
        assert type(original) is int and original >= 0, f"id must be a non-negative int, got {original!r}"
        assert original != interpreters.get_main().id, "a created interpreter must not share the main interpreter's id"
        for action, op in (("assign", lambda: setattr(interp, "id", original + 1)),
                           ("delete", lambda: delattr(interp, "id"))):
            try:
                op()
            except AttributeError:
                pass
            else:
                raise AssertionError(f"id is read-only, but {action} succeeded; id is now {getattr(interp, 'id', '<gone>')!r}")
        assert interp.id == original, f"id changed from {original} to {interp.id!r}"
    finally:
        interp.close()


if __name__ == "__main__":
    main()
