# ---
# clause: api:get_current
# quote: Return an Interpreter object for the currently running interpreter.
# level: must
# description: in the main interpreter get_current() is the main interpreter (id 0)
# ---
from concurrent import interpreters


def main():
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


if __name__ == "__main__":
    main()
