# ---
# clause: section:key-details
# quote: limited shareable objects
# level: must
# features: shareable
# description: prepare_main refuses objects that are not shareable (list, dict, object(), a function) with NotShareableError and binds nothing
# ---
import interpreters


def main():
    interp = interpreters.create()
    try:
        for bad in ([1, 2], {"a": 1}, object(), main):
            try:
                interp.prepare_main(value=bad)
            except interpreters.NotShareableError:
                pass
            else:
                raise AssertionError(f"prepare_main(value={bad!r}) was accepted; it is not shareable")
        try:
            interp.exec("assert 'value' not in globals(), value\n")
        except interpreters.ExecutionFailed as e:
            raise AssertionError(f"a refused object was bound anyway: {e}")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
