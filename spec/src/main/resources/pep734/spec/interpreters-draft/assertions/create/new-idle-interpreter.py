# ---
# clause: api:create
# quote: Initialize a new (idle) Python interpreter.
# level: must
# features: lifecycle
# description: create() returns a new Interpreter with an unused ID, not running, listed, with an empty __main__
# ---
import interpreters

MAIN_ONLY = 1


def main():
    before = {i.id for i in interpreters.list_all()}
    a = interpreters.create()
    b = interpreters.create()
    try:
        assert isinstance(a, interpreters.Interpreter), f"create() returned {type(a).__name__}"
        assert a.id not in before and b.id not in before and a.id != b.id, (
            f"create() returned IDs {a.id}, {b.id}; existing were {sorted(before)}")
        assert a.is_running() is False, "a new interpreter is running"
        try:
            a.exec("assert sorted(k for k in globals() if not k.startswith('__')) == [], sorted(globals())\n")
        except interpreters.ExecutionFailed as e:
            raise AssertionError(f"a new interpreter's __main__ is not empty: {e}")
    finally:
        a.close()
        b.close()


if __name__ == "__main__":
    main()
