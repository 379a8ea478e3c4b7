# ---
# clause: api:InterpreterError
# quote: This exception, a subclass of Exception, is raised when an interpreter-related error happens.
# level: should
# features: errors, threads
# description: call() on an interpreter busy in another thread raises InterpreterError (not ExecutionFailed, not NotFound)
# ---
import os
import tempfile
from concurrent import interpreters


def touch(path):
    open(path, "w").close()


def wait(ready, release):
    ready.put(1)
    release.get(timeout=60)


def main():
    interp = interpreters.create()
    ready, release = interpreters.create_queue(), interpreters.create_queue()
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "ran")
        try:
            t = interp.call_in_thread(wait, ready, release)
            try:
                ready.get(timeout=60)
                try:
                    interp.call(touch, path)
                except (interpreters.InterpreterNotFoundError, interpreters.ExecutionFailed) as e:
                    raise AssertionError(f"call() on a busy interpreter raised {type(e).__name__}: {e}; "
                                         "expected plain InterpreterError") from e
                except interpreters.InterpreterError:
                    pass
                else:
                    raise AssertionError("call() on an interpreter running in another thread returned; "
                                         "expected InterpreterError")
            finally:
                release.put(None)
                t.join(60)
            assert not os.path.exists(path), "the refused call() ran its function anyway"
        finally:
            interp.close()


if __name__ == "__main__":
    main()
