# ---
# clause: api:ExecutionFailed.excinfo
# quote: A basic snapshot of the exception raised in the other interpreter.
# level: must
# features: errors
# description: excinfo describes the sub's exception: type name/qualname/module, message, formatted line, traceback text
# ---
from concurrent import interpreters


def main():
    interp = interpreters.create()
    try:
        try:
            interp.exec("def inner():\n    raise OSError('disk on fire')\ninner()\n")
        except interpreters.ExecutionFailed as e:
            info = e.excinfo
        else:
            raise AssertionError("exec() of raising code returned normally")
        t = info.type
        got = (t.__name__, t.__qualname__, t.__module__)
        assert got == ("OSError", "OSError", "builtins"), (
            f"excinfo.type (name, qualname, module) is {got!r}, expected ('OSError', 'OSError', 'builtins')")
        assert info.msg == "disk on fire", f"excinfo.msg is {info.msg!r}, expected 'disk on fire' (str of the exception)"
        assert info.formatted == "OSError: disk on fire", f"excinfo.formatted is {info.formatted!r}"
        assert isinstance(info.errdisplay, str) and "inner" in info.errdisplay and "OSError" in info.errdisplay, (
            f"excinfo.errdisplay should be the formatted traceback mentioning 'inner', got {info.errdisplay!r}")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
