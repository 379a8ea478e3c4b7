# ---
# clause: section:api-summary
# quote: (builtin) __name__ __qualname__ __module__
# level: must
# features: errors
# description: ExecutionFailed.excinfo.type gives __name__, __qualname__ and __module__ of the uncaught exception, for a builtin and for a class defined in the interpreter
# ---
import interpreters


def main():
    interp = interpreters.create()
    try:
        cases = (("raise KeyError('k')\n", ("KeyError", "KeyError", "builtins")),
                 ("class Outer:\n    class Inner(Exception):\n        pass\nraise Outer.Inner('x')\n",
                  ("Inner", "Outer.Inner", "__main__")))
        for code, expected in cases:
            try:
                interp.exec(code)
            except interpreters.ExecutionFailed as e:
                t = e.excinfo.type
                got = (t.__name__, t.__qualname__, t.__module__)
                assert got == expected, f"excinfo.type of {code!r} gives {got}; expected {expected}"
            else:
                raise AssertionError(f"exec({code!r}) returned normally")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
