# ---
# clause: api:get_main
# quote: Get the main interpreter.
# quote: This method returns an Interpreter object.
# level: must
# description: get_main() is an Interpreter with the same ID from main and from a sub-interpreter, and not a created one
# ---
from test.support import interpreters


def main():
    m = interpreters.get_main()
    assert isinstance(m, interpreters.Interpreter), f"get_main() returned {type(m).__name__}"
    interp = interpreters.create()
    try:
        assert interp.id != m.id, "create() returned the main interpreter"
        interp.run("from test.support import interpreters\n"
                   f"assert int(interpreters.get_main().id) == {int(m.id)}, interpreters.get_main().id\n"
                   "assert interpreters.get_main().id != interpreters.get_current().id\n")
    except interpreters.RunFailedError as e:
        raise AssertionError(f"get_main() inside a sub-interpreter is not the main interpreter: {e}")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
