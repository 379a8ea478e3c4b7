# ---
# clause: api:Interpreter.exec
# level: should
# features: lifecycle, threads
# description: exec() on an interpreter already running code in another thread raises InterpreterError without running
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
                interp.exec("ready.put(1)\nrelease.get(timeout=60)\n")
            except BaseException as e:
                errors.append(e)

        t = threading.Thread(target=worker)
        t.start()
        try:
            ready.get(timeout=60)
            try:
                interp.exec("second = True\n")
            except interpreters.InterpreterNotFoundError as e:
                raise AssertionError(f"got InterpreterNotFoundError ({e}); the interpreter exists and is running") from e
            except interpreters.InterpreterError:
                pass
            else:
                raise AssertionError("a second exec() on a running interpreter returned; expected InterpreterError "
                                     "(an interpreter's __main__ runs one exec at a time)")
        finally:
            release.put(None)
            t.join(60)
        assert not errors, f"the first exec() failed: {errors[0]!r}"
        interp.exec("assert 'second' not in globals(), 'the refused exec() ran anyway'\n")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
