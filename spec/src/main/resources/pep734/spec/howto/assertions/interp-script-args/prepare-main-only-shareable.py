# ---
# clause: section:interp-script-args
# quote: Note that Interpreter.prepare_main only works with "shareable" objects.
# level: must
# features: prepare_main, shareable
# description: prepare_main() refuses objects that are not shareable (list, dict, object(), a function) with NotShareableError
# ---
from concurrent import interpreters


def helper():
    pass


def main():
    interp = interpreters.create()
    try:
        for value in ([1, 2], {"a": 1}, object(), helper, {1, 2}, bytearray(b"x")):
            try:
                interp.prepare_main(value=value)
            except interpreters.NotShareableError:
                pass
            else:
                raise AssertionError(f"prepare_main(value={value!r}) accepted an object that is not shareable")
        interp.prepare_main(value=("still", 1, b"fine"))  # a shareable one goes through
        interp.exec("assert value == ('still', 1, b'fine'), value")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
