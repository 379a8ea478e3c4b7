# ---
# clause: api:Interpreter.close
# level: should
# features: lifecycle, threads
# description: close() while the interpreter runs code in another thread raises InterpreterError and leaves it intact
# ---
import threading
from concurrent import interpreters


def main():
    interp = interpreters.create()
    ready = interpreters.create_queue()
    release = interpreters.create_queue()
    errors = []
    try:
        interp.prepare_main(ready=ready, release=release)

        def worker():
            try:
                interp.exec("ready.put(1)\nrelease.get(timeout=60)\nafter = 'survived'\n")
            except BaseException as e:
                errors.append(e)

        t = threading.Thread(target=worker)
        t.start()
        try:
            ready.get(timeout=60)
            try:
                interp.close()
            except interpreters.InterpreterNotFoundError as e:
                raise AssertionError(f"close() of a running interpreter raised InterpreterNotFoundError ({e}); "
                                     "it exists, expected plain InterpreterError") from e
            except interpreters.InterpreterError:
                pass
            else:
                raise AssertionError("close() of an interpreter that is running code in another thread returned; "
                                     "expected InterpreterError (if this fails, check the running check in close())")
        finally:
            release.put(None)
            t.join(60)
        assert not errors, f"the running exec() was disturbed by the refused close(): {errors[0]!r}"
        interp.exec("assert after == 'survived', after")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
