# ---
# clause: api:Interpreter.whence
# quote: Where the interpreter came from (read-only).
# level: must
# description: whence is a non-empty str that differs between the main interpreter and one made by create(), and assigning it raises AttributeError
# includes: raising.py
# ---
import interpreters


def main():
    interp = interpreters.create()
    try:
        main_whence = interpreters.get_main().whence
        sub_whence = interp.whence
        for who, w in (("main", main_whence), ("created", sub_whence)):
            assert isinstance(w, str) and w, f"whence of the {who} interpreter is {w!r}; expected a non-empty str"
        assert main_whence != sub_whence, (
            f"the main interpreter and a created one both came from {main_whence!r}")
        with must_raise(AttributeError, "assigning Interpreter.whence"):
            interp.whence = "elsewhere"
        assert interp.whence == sub_whence
    finally:
        interp.close()


if __name__ == "__main__":
    main()
