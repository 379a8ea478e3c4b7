# ---
# clause: api:Interpreter.is_running
# quote: Return True if the interpreter is currently executing code in its __main__ module and False otherwise.
# level: must
# features: lifecycle, threads
# description: while exec() runs in another thread, is_running() is True; after it finishes it is False
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
                interp.exec("ready.put('started')\nrelease.get(timeout=60)\n")
            except BaseException as e:  # reported by the main thread
                errors.append(e)

        t = threading.Thread(target=worker)
        t.start()
        try:
            assert ready.get(timeout=60) == "started", "the sub did not report that it started"
            got = interp.is_running()
            assert got is True, (
                f"exec() is blocked inside the interpreter (waiting on a queue), but is_running() is {got!r}; "
                "if this fails, check that the running flag is set for the whole duration of exec()")
        finally:
            release.put(None)
            t.join(60)
        assert not t.is_alive(), "exec() did not finish within 60 s after being released"
        assert not errors, f"exec() in the worker thread failed: {errors[0]!r}"
        got = interp.is_running()
        assert got is False, f"exec() finished: is_running() must be False, got {got!r}"
    finally:
        interp.close()


if __name__ == "__main__":
    main()
