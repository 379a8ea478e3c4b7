# ---
# clause: api:Interpreter.prepare_main
# quote: Bind "shareable" objects in __main__.
# level: must
# features: shareable
# description: prepare_main(**kwargs) binds each keyword as a global of the interpreter's __main__ with an equal value of the same type
# ---
import interpreters

VALUES = {"n": None, "t": True, "f": False, "i": -12345, "x": 2.5, "s": "sp\u00e4m", "b": b"\x00\xff",
          "tup": (1, "two", (3.0, None))}


def main():
    interp = interpreters.create()
    try:
        result = interp.prepare_main(**VALUES)
        assert result is None, f"prepare_main() returned {result!r}"
        checks = "".join(f"assert type({k}).__name__ == {type(v).__name__!r} and {k} == {v!r}, ({k!r}, {k})\n"
                         for k, v in VALUES.items())
        try:
            interp.exec("import sys\nassert sys.modules['__main__'].s == s\n" + checks)
        except interpreters.ExecutionFailed as e:
            raise AssertionError(f"a value bound by prepare_main() differs in the interpreter: {e}")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
