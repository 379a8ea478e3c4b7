# ---
# clause: api:Interpreter.prepare_main
# level: should
# features: lifecycle, threads
# description: prepare_main on an interpreter that is running in another thread raises InterpreterError
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
                interp.prepare_main(late=1)
            except interpreters.InterpreterNotFoundError as e:
                raise AssertionError(f"got InterpreterNotFoundError ({e}); the interpreter exists and is running") from e
            except interpreters.InterpreterError:
                pass
            else:
                raise AssertionError("prepare_main on a running interpreter returned; expected InterpreterError")
        finally:
            release.put(None)
            t.join(60)
        assert not errors, f"the running exec() failed: {errors[0]!r}"
        interp.exec("assert 'late' not in globals(), 'a refused prepare_main bound late anyway'\n")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
