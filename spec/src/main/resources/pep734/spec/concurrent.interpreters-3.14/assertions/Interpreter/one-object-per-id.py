# ---
# clause: api:Interpreter
# level: should
# description: Interpreter(id) of a live interpreter returns the very object create() returned (one object per id)
# ---
from concurrent import interpreters


def main():
    interp = interpreters.create()
    try:
        again = interpreters.Interpreter(interp.id)
        assert again is interp, (
            f"Interpreter({interp.id}) returned {again!r} (a new object); CPython keeps one object per id, "
            "so identity comparisons and the destroy-on-last-reference rule work")
        listed = [i for i in interpreters.list_all() if i.id == interp.id]
        assert listed and listed[0] is interp, f"list_all() must hold the same object, got {listed!r}"
        assert hash(interp) == hash(interp.id), (
            f"hash(Interpreter) should equal hash(id): {hash(interp)} vs {hash(interp.id)}")
        assert repr(interp) == f"Interpreter({interp.id})", f"repr is {interp!r}, expected 'Interpreter({interp.id})'"
    finally:
        interp.close()


if __name__ == "__main__":
    main()
