# ---
# clause: api:create
# quote: Initialize a new (idle) Python interpreter and return a Interpreter object for it.
# level: must
# features: lifecycle
# description: create() returns a new Interpreter, not running, with an id no other live interpreter has
# ---
from concurrent import interpreters


def main():
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


if __name__ == "__main__":
    main()
