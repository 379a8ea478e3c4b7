# ---
# clause: api:Interpreter.prepare_main
# quote: Bind "shareable" objects in the interpreter's __main__ module.
# level: should
# features: shareable
# description: prepare_main refuses mutable or arbitrary objects (list, dict, object(), a lock) with NotShareableError
# ---
import threading
from concurrent import interpreters


def main():
    interp = interpreters.create()
    try:
        for bad in ([1, 2], {"k": 1}, object(), threading.Lock(), bytearray(b"x")):
            try:
                interp.prepare_main(bad_value=bad)
            except interpreters.NotShareableError:
                pass
            except Exception as e:
                raise AssertionError(f"prepare_main(bad_value={bad!r}) raised {type(e).__name__}: {e}; "
                                     "expected NotShareableError") from e
            else:
                raise AssertionError(f"prepare_main accepted {type(bad).__name__} {bad!r}, which is not shareable; "
                                     "expected NotShareableError")
        interp.exec("assert 'bad_value' not in globals(), f'bad_value was bound: {bad_value!r}'\n")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
