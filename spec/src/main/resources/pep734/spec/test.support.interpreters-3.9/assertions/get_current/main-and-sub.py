# ---
# clause: api:get_current
# quote: Get the currently running interpreter.
# quote: This method returns an Interpreter object.
# level: must
# description: get_current() is an Interpreter for main in main, and for the sub-interpreter itself inside it
# ---
from test.support import interpreters


def main():
    cur = interpreters.get_current()
    assert isinstance(cur, interpreters.Interpreter), f"get_current() returned {type(cur).__name__}"
    assert cur.id == interpreters.get_main().id, f"in main get_current().id is {cur.id!r}"
    interp = interpreters.create()
    try:
        interp.run("from test.support import interpreters\n"
                   "cur = interpreters.get_current()\n"
                   "assert isinstance(cur, interpreters.Interpreter), type(cur)\n"
                   f"assert int(cur.id) == {int(interp.id)}, cur.id\n")
    except interpreters.RunFailedError as e:
        raise AssertionError(f"inside sub-interpreter {interp.id!r}, get_current() is wrong: {e}")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
