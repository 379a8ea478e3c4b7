# Checks of Interpreter objects (process, id, whence, close) and get_main() shared by the profiles whose documents
# state their sentences.
from concurrent import interpreters
import os


def _main_id_in_sub():
    from concurrent import interpreters
    m = interpreters.get_main()
    return (type(m).__name__, m.id, interpreters.get_current().id)


def check_main_from_anywhere():
    """get_main() returns the main interpreter (id 0) both in main and inside a subinterpreter."""
    m = interpreters.get_main()
    assert isinstance(m, interpreters.Interpreter), f"get_main() must return an Interpreter, got {m!r}"
    assert m.id == 0, f"the main interpreter has id 0 in CPython's numbering; get_main().id is {m.id!r}"
    interp = interpreters.create()
    try:
        got = interp.call(_main_id_in_sub)
        assert got == ("Interpreter", 0, interp.id), (
            f"inside interpreter {interp.id}, (type, get_main().id, get_current().id) was {got!r}, "
            f"expected ('Interpreter', 0, {interp.id}); if this fails, check that get_main() does not return "
            "the current interpreter")
    finally:
        interp.close()


def _pid():
    import os
    return os.getpid()


def check_in_current_process():
    """A subinterpreter runs in the caller's process (same pid), not in a child process."""
    interp = interpreters.create()
    try:
        got = interp.call(_pid)
        assert got == os.getpid(), (
            f"the subinterpreter reports pid {got}, the caller is pid {os.getpid()}; interpreters live in the "
            "current process (if this fails, the implementation runs interpreters in other processes)")
        interp.prepare_main(parent=os.getpid())
        interp.exec("import os\nassert os.getpid() == parent, (os.getpid(), parent)\n")
    finally:
        interp.close()


def check_id_int_and_read_only():
    """id is an int, distinct per interpreter, and read-only (assignment and deletion raise AttributeError)."""
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


def check_whence_describes_origin():
    """Whence is a non-empty str, different for the main interpreter and for one made by create()."""
    m = interpreters.get_main().whence
    interp = interpreters.create()
    try:
        w = interp.whence
        assert type(m) is str and m, f"main's whence must be a non-empty str, got {m!r}"
        assert type(w) is str and w, f"whence of a created interpreter must be a non-empty str, got {w!r}"
        assert m != w, f"main and a created interpreter came from different places, but both report whence {m!r}"
        try:
            interp.whence = "elsewhere"
        except AttributeError:
            pass
        else:
            raise AssertionError(f"whence is read-only, but assignment succeeded (now {interp.whence!r})")
    finally:
        interp.close()


def check_whence_read_only():
    """Assigning or deleting whence raises AttributeError and leaves the value as it was."""
    interp = interpreters.create()
    try:
        original = interp.whence
        for attempt in ("assign", "delete"):
            try:
                if attempt == "assign":
                    interp.whence = "forged"
                else:
                    del interp.whence
            except AttributeError:
                pass
            else:
                raise AssertionError(f"{attempt} of whence succeeded; it is documented read-only")
        assert interp.whence == original, f"whence changed from {original!r} to {interp.whence!r}"
        main_interp = interpreters.get_main()
        try:
            main_interp.whence = "forged"
        except AttributeError:
            pass
        else:
            raise AssertionError("whence of the main interpreter could be assigned")
    finally:
        interp.close()


def check_destroyed_after_close():
    """After close() the interpreter is gone: not listed, and exec/call/prepare_main raise
    InterpreterNotFoundError."""
    interp = interpreters.create()
    interp.exec("x = 1")
    result = interp.close()
    assert result is None, f"close() should return None, got {result!r}"
    ids = [i.id for i in interpreters.list_all()]
    assert interp.id not in ids, f"closed interpreter {interp.id} is still listed by list_all(): {ids}"
    attempts = (("exec", lambda: interp.exec("y = 2")),
                ("call", lambda: interp.call(len, "ab")),
                ("prepare_main", lambda: interp.prepare_main(z=3)))
    for name, op in attempts:
        try:
            got = op()
        except interpreters.InterpreterNotFoundError:
            continue
        except Exception as e:
            raise AssertionError(f"{name}() on a closed interpreter raised {type(e).__name__}: {e}; "
                                 "expected InterpreterNotFoundError") from e
        raise AssertionError(f"{name}() on a closed interpreter returned {got!r}: it was not destroyed; "
                             "expected InterpreterNotFoundError")


def check_interpreter_direct_call_creates_nothing():
    """Calling Interpreter(id) only looks an interpreter up: it never creates one, for a known or unknown id."""
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


def check_module_functions_return_interpreters():
    """Create, list_all, get_current and get_main all hand out Interpreter objects that Interpreter(id) agrees
    with."""
    interp = interpreters.create()
    try:
        found = {"create()": interp, "get_main()": interpreters.get_main(), "get_current()": interpreters.get_current()}
        for i in interpreters.list_all():
            found[f"list_all()[id {i.id}]"] = i
        for where, obj in found.items():
            assert type(obj) is interpreters.Interpreter, f"{where} returned {type(obj).__name__}, not Interpreter"
            same = interpreters.Interpreter(obj.id)
            assert same is obj, f"Interpreter({obj.id}) is not the object {where} returned ({same!r} vs {obj!r})"
    finally:
        interp.close()
