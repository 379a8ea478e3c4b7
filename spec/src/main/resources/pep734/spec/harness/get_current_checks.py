# Checks of get_current() shared by the profiles whose documents state its sentence.
from concurrent import interpreters


def check_main_is_current_in_main():
    """In the main interpreter get_current() is the main interpreter (id 0)."""
    cur = interpreters.get_current()
    assert isinstance(cur, interpreters.Interpreter), (
        f"get_current() must return an Interpreter, got {type(cur).__name__}: {cur!r}")
    assert cur.id == 0, f"a script runs in the main interpreter, whose id is 0; get_current().id is {cur.id!r}"
    assert cur.id == interpreters.get_main().id, (
        f"get_current() ({cur.id}) and get_main() ({interpreters.get_main().id}) must agree in the main interpreter")
    other = interpreters.create()
    try:
        again = interpreters.get_current()
        assert again.id == 0, (
            f"creating interpreter {other.id} must not change the current interpreter; get_current().id is {again.id!r}")
    finally:
        other.close()


def _inside_call_current_id():
    from concurrent import interpreters as inner
    return inner.get_current().id


def check_current_inside_call():
    """A function run with call() sees the target interpreter as current, and main is current again afterwards."""
    interp = interpreters.create()
    try:
        seen = interp.call(_inside_call_current_id)
        assert seen == interp.id, f"inside call() get_current().id is {seen}, expected {interp.id}"
        assert interpreters.get_current() is interpreters.get_main(), "after call() main is no longer current"
    finally:
        interp.close()


def _sub_sees_itself_current_id():
    from concurrent import interpreters
    cur = interpreters.get_current()
    return (type(cur).__name__, cur.id)


def check_current_sub_sees_itself():
    """Code running in a subinterpreter (exec and call) gets that subinterpreter from get_current()."""
    a = interpreters.create()
    try:
        b = interpreters.create()
        try:
            for interp in (a, b):
                got = interp.call(_sub_sees_itself_current_id)
                assert got == ("Interpreter", interp.id), (
                    f"get_current() inside interpreter {interp.id} returned {got!r}; expected ('Interpreter', {interp.id}); "
                    "if this fails, check that the current interpreter is tracked per thread state, not globally")
            # the same through exec: the sub raises if it is wrong, which surfaces as ExecutionFailed
            a.prepare_main(expected=a.id)
            a.exec("from concurrent import interpreters as _i\n"
                   "_got = _i.get_current().id\n"
                   "assert _got == expected, f'get_current().id in exec is {_got!r}, expected {expected!r}'\n")
            assert interpreters.get_current().id == 0, "after running code in subinterpreters, main must be current again"
        finally:
            b.close()
    finally:
        a.close()


def check_current_in_thread_started_inside_sub():
    """A thread started by code in a sub runs in that sub: get_current() there is the sub, not main."""
    interp = interpreters.create()
    out = interpreters.create_queue()
    try:
        interp.prepare_main(out=out)
        interp.exec(
            "import threading\n"
            "from concurrent import interpreters as _i\n"
            "def _report():\n"
            "    out.put(_i.get_current().id)\n"
            "_t = threading.Thread(target=_report)\n"
            "_t.start()\n"
            "_t.join()\n")
        got = out.get(timeout=30)
        assert got == interp.id, (
            f"get_current() in a thread started inside interpreter {interp.id} returned id {got}; "
            "if this fails, check that new threads inherit the interpreter they were started in")
    finally:
        interp.close()
