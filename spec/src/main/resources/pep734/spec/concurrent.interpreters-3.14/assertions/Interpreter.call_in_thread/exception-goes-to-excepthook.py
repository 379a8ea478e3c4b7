# ---
# clause: api:Interpreter.call_in_thread
# level: should
# features: threads, errors
# description: an exception in the function surfaces as ExecutionFailed in the new thread (threading.excepthook), not in the caller
# ---
import threading
from concurrent import interpreters


def fail():
    raise LookupError("in thread")


def main():
    seen = []
    original = threading.excepthook
    threading.excepthook = lambda args: seen.append((args.exc_type, args.exc_value, args.thread))
    interp = interpreters.create()
    try:
        t = interp.call_in_thread(fail)
        t.join(60)
        assert not t.is_alive(), "the thread did not finish within 60 s"
        assert len(seen) == 1, f"threading.excepthook was called {len(seen)} times, expected once: {seen!r}"
        exc_type, exc_value, thread = seen[0]
        assert exc_type is interpreters.ExecutionFailed, (
            f"the thread ended with {exc_type.__name__}: {exc_value}; expected ExecutionFailed "
            "(the sub's LookupError cannot cross as itself)")
        assert exc_value.excinfo.type.__name__ == "LookupError", f"excinfo.type is {exc_value.excinfo.type!r}"
        assert exc_value.excinfo.msg == "in thread", f"excinfo.msg is {exc_value.excinfo.msg!r}"
        assert thread is t, "the failing thread is not the one call_in_thread returned"
    finally:
        threading.excepthook = original
        interp.close()


if __name__ == "__main__":
    main()
