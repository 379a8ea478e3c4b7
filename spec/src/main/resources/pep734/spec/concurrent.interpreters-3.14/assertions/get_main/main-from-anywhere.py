# ---
# clause: api:get_main
# quote: Return an Interpreter object for the main interpreter.
# level: must
# description: get_main() returns the main interpreter (id 0) both in main and inside a subinterpreter
# ---
from concurrent import interpreters


def main_id_in_sub():
    from concurrent import interpreters
    m = interpreters.get_main()
    return (type(m).__name__, m.id, interpreters.get_current().id)


def main():
    m = interpreters.get_main()
    assert isinstance(m, interpreters.Interpreter), f"get_main() must return an Interpreter, got {m!r}"
    assert m.id == 0, f"the main interpreter has id 0 in CPython's numbering; get_main().id is {m.id!r}"
    interp = interpreters.create()
    try:
        got = interp.call(main_id_in_sub)
        assert got == ("Interpreter", 0, interp.id), (
            f"inside interpreter {interp.id}, (type, get_main().id, get_current().id) was {got!r}, "
            f"expected ('Interpreter', 0, {interp.id}); if this fails, check that get_main() does not return "
            "the current interpreter")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
