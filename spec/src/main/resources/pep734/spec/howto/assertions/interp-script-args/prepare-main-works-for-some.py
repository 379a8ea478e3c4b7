# ---
# clause: section:interp-script-args
# quote: There's one convenient alternative that works for some objects: Interpreter.prepare_main.
# level: must
# features: shareable
# description: prepare_main binds some objects (str, int, bytes, tuples of them) as they are, and refuses others (a dict) with NotShareableError
# ---
from concurrent import interpreters


def main():
    interp = interpreters.create()
    try:
        interp.prepare_main(name="spam", count=42, raw=b"\x00ab", pair=(1, "x"))
        interp.exec("assert (name, count, raw, pair) == ('spam', 42, b'\\x00ab', (1, 'x')), (name, count, raw, pair)")
        try:
            interp.prepare_main(table={"a": 1})
        except interpreters.NotShareableError:
            pass
        else:
            raise AssertionError("prepare_main bound a dict; it works for some objects only")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
