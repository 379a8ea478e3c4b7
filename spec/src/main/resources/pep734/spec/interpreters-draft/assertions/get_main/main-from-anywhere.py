# ---
# clause: api:get_main
# quote: Get the main interpreter.
# level: must
# description: get_main() is an Interpreter with the same ID from main and from a subinterpreter, and never a created one
# ---
import interpreters


def main():
    m = interpreters.get_main()
    assert isinstance(m, interpreters.Interpreter), f"get_main() returned {type(m).__name__}"
    assert m.id == interpreters.get_current().id, "in main get_main() is not the current interpreter"
    interp = interpreters.create()
    try:
        assert interp.id != m.id, "create() returned the main interpreter"
        try:
            interp.exec(f"import interpreters\nassert interpreters.get_main().id == {m.id}, interpreters.get_main().id\n"
                        "assert interpreters.get_main().id != interpreters.get_current().id\n")
        except interpreters.ExecutionFailed as e:
            raise AssertionError(f"get_main() inside a subinterpreter is wrong: {e}")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
