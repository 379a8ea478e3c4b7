# ---
# clause: api:Interpreter.whence
# quote: (read-only)
# quote: A string describing where the interpreter came from.
# level: must
# description: whence is a non-empty str, different for the main interpreter and for one made by create()
# ---
from concurrent import interpreters


def main():
    m = interpreters.get_main().whence
    interp = interpreters.create()
    try:
        w = interp.whence
        assert type(m) is str and m, f"main's whence must be a non-empty str, got {m!r}"
        assert type(w) is str and w, f"whence of a created interpreter must be a non-empty str, got {w!r}"
        assert m != w, f"main and a created interpreter came from different places, but both report whence {m!r}"
        try:
            interp.whence = "elsewhere"
        except AttributeError:
            pass
        else:
            raise AssertionError(f"whence is read-only, but assignment succeeded (now {interp.whence!r})")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
