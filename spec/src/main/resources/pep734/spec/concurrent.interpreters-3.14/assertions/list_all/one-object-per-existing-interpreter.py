# ---
# clause: api:list_all
# quote: Return a list of Interpreter objects, one for each existing interpreter.
# level: must
# features: lifecycle
# description: list_all() returns a list holding exactly one Interpreter for main and for each created interpreter
# ---
from concurrent import interpreters


def main():
    before = interpreters.list_all()
    assert type(before) is list, (
        f"list_all() must return a list, got {type(before).__name__}: {before!r}")
    a = interpreters.create()
    try:
        b = interpreters.create()
        try:
            after = interpreters.list_all()
            assert type(after) is list, f"list_all() must return a list, got {type(after).__name__}"
            for item in after:
                assert isinstance(item, interpreters.Interpreter), (
                    f"list_all() must hold Interpreter objects, found {type(item).__name__}: {item!r}")
            ids = [item.id for item in after]
            assert len(ids) == len(set(ids)), (
                f"list_all() must hold one object per interpreter, got duplicate ids {ids}")
            assert 0 in ids, f"the main interpreter (id 0) is an existing interpreter, list_all() ids: {ids}"
            assert a.id in ids and b.id in ids, (
                f"created interpreters {a.id} and {b.id} must be listed, list_all() ids: {ids}")
            assert len(after) == len(before) + 2, (
                f"two interpreters were created: expected {len(before) + 2} entries, got {len(after)} ({ids}); "
                "if this fails, check that list_all() neither omits nor invents interpreters")
        finally:
            b.close()
    finally:
        a.close()


if __name__ == "__main__":
    main()
