# ---
# clause: api:create
# quote: Initialize a new (idle) Python interpreter.
# quote: This method returns an Interpreter object.
# level: must
# features: lifecycle
# description: create() returns a new Interpreter, listed by list_all(), not running, with an empty __main__
# ---
from test.support import interpreters

main_only = "in main"


def main():
    before = {i.id for i in interpreters.list_all()}
    interp = interpreters.create()
    try:
        assert isinstance(interp, interpreters.Interpreter), f"create() returned {type(interp).__name__}"
        assert interp.id not in before, f"create() returned the existing interpreter {interp.id!r}"
        assert interp.id in {i.id for i in interpreters.list_all()}, "the new interpreter is not listed"
        assert interp.is_running() is False, "a new interpreter is running"
        try:
            interp.run("assert 'main_only' not in globals()\n"
                       "assert sorted(k for k in globals() if not k.startswith('__')) == [], sorted(globals())\n")
        except interpreters.RunFailedError as e:
            raise AssertionError(f"a new interpreter's __main__ is not empty: {e}")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
