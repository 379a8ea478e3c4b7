# Checks of create() shared by the profiles whose documents state its sentence.
from concurrent import interpreters


def check_new_idle_interpreter():
    """create() returns a new Interpreter, not running, with an id no other live interpreter has."""
    existing = {i.id for i in interpreters.list_all()}
    interp = interpreters.create()
    try:
        assert isinstance(interp, interpreters.Interpreter), (
            f"create() must return an Interpreter, got {type(interp).__name__}: {interp!r}")
        assert type(interp.id) is int, f"Interpreter.id must be an int, got {type(interp.id).__name__}: {interp.id!r}"
        assert interp.id not in existing, (
            f"create() must make a new interpreter, but id {interp.id} already existed ({sorted(existing)})")
        assert interp.is_running() is False, (
            f"a new interpreter is idle: is_running() must be False, got {interp.is_running()!r}")
        assert interp.id != interpreters.get_current().id, "create() must not return the current interpreter"
        # it is a working interpreter: it runs code
        interp.exec("x = 6 * 7")
        interp.exec("assert x == 42, x")
    finally:
        interp.close()


_MARKER_IN_CALLER = "caller's global"


def check_fresh_main_namespace():
    """Each new interpreter starts with its own, fresh __main__ (names bound in another interpreter are absent)."""
    a = interpreters.create()
    try:
        a.exec("leaked = 'from a'")
        b = interpreters.create()
        try:
            b.exec(
                "import __main__\n"
                "for _name in ('leaked', '_MARKER_IN_CALLER', 'check_fresh_main_namespace'):\n"
                "    assert not hasattr(__main__, _name), f'new interpreter already has {_name!r} in __main__'\n"
                "assert __name__ == '__main__', __name__\n")
        finally:
            b.close()
    finally:
        a.close()


def check_ten_distinct_interpreters():
    """Ten create() calls give ten distinct, listed, idle interpreters, each with its own __main__."""
    made = [interpreters.create() for _ in range(10)]
    try:
        ids = [i.id for i in made]
        assert len(set(ids)) == 10, f"ten create() calls gave ids {ids}"
        listed = {i.id for i in interpreters.list_all()}
        assert set(ids) <= listed, f"created {ids}, list_all() shows {sorted(listed)}"
        for n, interp in enumerate(made):
            assert not interp.is_running(), f"interpreter {interp.id} is running right after create()"
            interp.prepare_main(n=n)
        for n, interp in enumerate(made):
            interp.exec(f"assert n == {n}, f'interpreter sees n={{n}}, expected {n}: namespaces are shared'")
    finally:
        for interp in made:
            interp.close()
