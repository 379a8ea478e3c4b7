# ---
# clause: api:ExecutionFailed.excinfo
# quote: A basic snapshot of the exception raised in the other interpreter.
# level: should
# features: errors
# description: a class defined in the sub is described by name, qualname and module; formatted is "qualname: msg"
# ---
from concurrent import interpreters


def main():
    interp = interpreters.create()
    try:
        cases = (
            ("raise Custom()", ""),
            ("raise Custom('one')", "one"),
            ("raise Custom('a', 'b')", "('a', 'b')"),
        )
        interp.exec("class Outer:\n    class Custom(Exception):\n        pass\nCustom = Outer.Custom\n")
        for code, msg in cases:
            try:
                interp.exec(code)
            except interpreters.ExecutionFailed as e:
                t = e.excinfo.type
                got = (t.__name__, t.__qualname__, t.__module__, e.excinfo.msg, e.excinfo.formatted)
                expected = ("Custom", "Outer.Custom", "__main__", msg, f"Outer.Custom: {msg}")
                assert got == expected, (
                    f"{code}: excinfo (name, qualname, module, msg, formatted) is {got!r}, expected {expected!r}")
            else:
                raise AssertionError(f"{code} did not raise ExecutionFailed")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
