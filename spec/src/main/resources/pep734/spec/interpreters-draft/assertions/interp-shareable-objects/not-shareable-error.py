# ---
# clause: section:interp-shareable-objects
# quote: Passing a non-shareable object where one is expected results in a NotShareableError exception.
# level: must
# features: shareable, errors
# description: prepare_main with a list, dict, set, bytearray, user object or a tuple holding a list raises NotShareableError
# ---
import interpreters


class Plain:
    pass


def main():
    interp = interpreters.create()
    try:
        for bad in ([1], {"k": 1}, {1}, bytearray(b"x"), Plain(), (1, [2])):
            try:
                interp.prepare_main(obj=bad)
            except interpreters.NotShareableError:
                continue
            except Exception as e:
                raise AssertionError(f"prepare_main(obj={bad!r}) raised {type(e).__name__}: {e}; "
                                     "expected NotShareableError")
            raise AssertionError(f"prepare_main(obj={bad!r}) was accepted")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
