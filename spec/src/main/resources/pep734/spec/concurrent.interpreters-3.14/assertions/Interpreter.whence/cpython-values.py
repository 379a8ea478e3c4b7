# ---
# clause: api:Interpreter.whence
# level: should
# description: whence is 'runtime init' for main and '_interpreters module' for create(), also when seen from inside
# ---
from concurrent import interpreters


def seen_inside():
    from concurrent import interpreters
    return (interpreters.get_current().whence, interpreters.get_main().whence)


def main():
    assert interpreters.get_main().whence == "runtime init", (
        f"main's whence is {interpreters.get_main().whence!r}, CPython says 'runtime init'")
    interp = interpreters.create()
    try:
        assert interp.whence == "_interpreters module", (
            f"create()'s whence is {interp.whence!r}, CPython says '_interpreters module'")
        got = interp.call(seen_inside)
        assert got == ("_interpreters module", "runtime init"), (
            f"inside the sub (current.whence, main.whence) is {got!r}; expected ('_interpreters module', 'runtime init')")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
