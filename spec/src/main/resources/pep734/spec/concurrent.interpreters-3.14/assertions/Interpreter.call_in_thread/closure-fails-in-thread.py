# ---
# clause: api:Interpreter.call_in_thread
# level: should
# features: threads, shareable
# description: a closure given to call_in_thread() fails in the new thread with NotShareableError, seen by threading.excepthook
# ---
import threading
from concurrent import interpreters


def make_closure():
    hidden = 1

    def inner():
        return hidden
    return inner


def main():
    seen = []
    old = threading.excepthook
    threading.excepthook = lambda args: seen.append(args.exc_type)
    interp = interpreters.create()
    try:
        try:
            t = interp.call_in_thread(make_closure())
        except interpreters.NotShareableError:
            return  # refusing it up front in the caller is also acceptable
        t.join(30)
        assert seen, "the closure ran without any error; CPython refuses closures (only stateless functions)"
        assert issubclass(seen[0], interpreters.NotShareableError), f"the thread failed with {seen[0]!r}"
    finally:
        threading.excepthook = old
        interp.close()


if __name__ == "__main__":
    main()
