# ---
# clause: section:running-in-an-interpreter
# quote: The runtime will execute the function using the current interpreter's state.
# level: must
# features: isolation
# description: a function run with call() reads and changes the target interpreter's modules, builtins and __main__, not the caller's
# ---
import builtins
import sys
from concurrent import interpreters

marker = "main's __main__"


def read_state():
    import builtins
    import sys
    return (sys.modules["__main__"].__dict__.get("marker"), getattr(builtins, "tck_state", None),
            "tck_only_in_sub" in sys.modules)


def change_state():
    import builtins
    builtins.tck_state = "changed by the function"


def main():
    builtins.tck_state = "main's builtins"
    interp = interpreters.create()
    try:
        interp.exec("import builtins, sys\n"
                    "marker = 'sub __main__'\n"
                    "builtins.tck_state = 'sub builtins'\n"
                    "sys.modules['tck_only_in_sub'] = sys\n")
        got = interp.call(read_state)
        assert got == ("sub __main__", "sub builtins", True), (
            f"the function saw (__main__.marker, builtins.tck_state, module registered in the sub) = {got!r}; "
            "expected the target interpreter's state ('sub __main__', 'sub builtins', True); if this fails, "
            "check that call() switches to the target interpreter before running the function")
        interp.call(change_state)
        assert builtins.tck_state == "main's builtins", "the function changed the caller's builtins"
        assert "tck_only_in_sub" not in sys.modules, "the caller's sys.modules holds the sub's module"
        interp.exec("import builtins\n"
                    "assert builtins.tck_state == 'changed by the function', builtins.tck_state\n")
    finally:
        interp.close()
        del builtins.tck_state


if __name__ == "__main__":
    main()
