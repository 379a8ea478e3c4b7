# ---
# clause: api:ExecutionFailed.excinfo
# quote: A basic snapshot of the exception raised in the other interpreter.
# level: should
# features: errors
# description: excinfo.type describes the class by __name__, __qualname__ and __module__ ('builtins' for ValueError) without being it
# ---
from concurrent import interpreters


def main():
    interp = interpreters.create()
    try:
        try:
            interp.exec("raise ValueError('v')")
        except interpreters.ExecutionFailed as e:
            t = e.excinfo.type
            got = (t.__name__, t.__qualname__, t.__module__)
            assert got == ("ValueError", "ValueError", "builtins"), f"excinfo.type describes {got}"
            # A snapshot, not the class: the other interpreter's class object must not leak into this one.
            assert t is not ValueError, "excinfo.type is this interpreter's ValueError class itself"
        else:
            raise AssertionError("exec() of raising code returned normally")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
