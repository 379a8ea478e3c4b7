# ---
# clause: api:get_main
# quote: Return an Interpreter object for the main interpreter.
# level: should
# features: lifecycle
# description: the main interpreter has id 0 and whence 'runtime init', as in CPython
# ---
from concurrent import interpreters


def main():
    m = interpreters.get_main()
    assert m.id == 0, f"the main interpreter's id is {m.id!r}; CPython numbers it 0"
    assert m.whence == "runtime init", f"the main interpreter's whence is {m.whence!r}; CPython says 'runtime init'"
    assert interpreters.get_current() is m, "in the main interpreter get_current() is not get_main()"


if __name__ == "__main__":
    main()
