# ---
# clause: section:gotchas
# quote: limited shareable objects
# level: should
# features: shareable
# description: only a few kinds of object are shareable: immutable builtins pass prepare_main, containers and arbitrary objects do not
# includes: raising.py
# ---
from concurrent import interpreters


def main():
    interp = interpreters.create()
    try:
        for ok in (None, True, 7, 2.5, "s", b"b", (1, "t")):
            assert interpreters.is_shareable(ok), f"{ok!r} is not shareable"
            interp.prepare_main(ok=ok)
        for bad in ([1], {"k": 1}, {1}, bytearray(b"x"), object()):
            assert not interpreters.is_shareable(bad), f"{bad!r} is shareable"
            with must_raise(interpreters.NotShareableError, f"prepare_main(bad={bad!r})"):
                interp.prepare_main(bad=bad)
    finally:
        interp.close()


if __name__ == "__main__":
    main()
