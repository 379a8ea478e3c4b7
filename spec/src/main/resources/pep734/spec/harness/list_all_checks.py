# Checks of list_all() shared by the profiles whose documents state its sentence.
from concurrent import interpreters


def check_closed_interpreter_not_listed():
    """An interpreter closed with close() no longer exists and is no longer listed."""
    keep = interpreters.create()
    try:
        gone = interpreters.create()
        gone_id = gone.id
        try:
            listed = [i.id for i in interpreters.list_all()]
            assert gone_id in listed, f"freshly created interpreter {gone_id} must be listed, got {listed}"
        finally:
            gone.close()
        listed = [i.id for i in interpreters.list_all()]
        assert gone_id not in listed, (
            f"interpreter {gone_id} was closed (it no longer exists) but list_all() still lists it: {listed}; "
            "if this fails, check that close() removes the interpreter from the registry")
        assert keep.id in listed and 0 in listed, (
            f"closing one interpreter must not drop the others: expected {keep.id} and 0 in {listed}")
    finally:
        keep.close()


def check_one_object_per_existing_interpreter():
    """list_all() returns a list holding exactly one Interpreter for main and for each created interpreter."""
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


def _listed_ids():
    from concurrent import interpreters
    return tuple(sorted(i.id for i in interpreters.list_all()))


def check_seen_from_subinterpreter():
    """list_all() called inside a subinterpreter lists main, itself and its siblings."""
    a = interpreters.create()
    try:
        b = interpreters.create()
        try:
            expected = tuple(sorted(i.id for i in interpreters.list_all()))
            got = a.call(_listed_ids)
            assert got == expected, (
                f"list_all() inside interpreter {a.id} returned ids {got}, the main interpreter sees {expected}; "
                "if this fails, check that the interpreter registry is process-wide, not per interpreter")
            assert 0 in got and a.id in got and b.id in got, f"expected 0, {a.id} and {b.id} in {got}"
        finally:
            b.close()
    finally:
        a.close()
