# ---
# clause: api:get_current
# quote: Get the currently running interpreter.
# level: must
# description: get_current() is the main interpreter in main and the subinterpreter itself inside exec() and call()
# ---
import interpreters


def main():
    cur = interpreters.get_current()
    assert isinstance(cur, interpreters.Interpreter), f"get_current() returned {type(cur).__name__}"
    assert cur.id == interpreters.get_main().id, f"in main get_current().id is {cur.id}"
    interp = interpreters.create()
    try:
        try:
            interp.exec(f"import interpreters\nassert interpreters.get_current().id == {interp.id}, "
                        "interpreters.get_current().id\n")
        except interpreters.ExecutionFailed as e:
            raise AssertionError(f"inside interpreter {interp.id} get_current() is another one: {e}")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
