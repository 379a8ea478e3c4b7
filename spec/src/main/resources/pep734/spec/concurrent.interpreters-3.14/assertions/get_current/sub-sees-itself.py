# ---
# clause: api:get_current
# quote: Return an Interpreter object for the currently running interpreter.
# level: must
# description: code running in a subinterpreter (exec and call) gets that subinterpreter from get_current()
# ---
from concurrent import interpreters


def current_id():
    from concurrent import interpreters
    cur = interpreters.get_current()
    return (type(cur).__name__, cur.id)


def main():
    a = interpreters.create()
    try:
        b = interpreters.create()
        try:
            for interp in (a, b):
                got = interp.call(current_id)
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


if __name__ == "__main__":
    main()
