# ---
# clause: api:Interpreter.call_in_thread
# quote: Run the given function in the interpreter (in a new thread).
# level: must
# features: threads
# description: call_in_thread returns a started threading.Thread; the function runs in the sub on a different OS thread
# ---
import threading
from concurrent import interpreters


def report(q, tag):
    import threading
    from concurrent import interpreters
    q.put((tag, interpreters.get_current().id, threading.get_native_id()))


def main():
    interp = interpreters.create()
    try:
        q = interpreters.create_queue()
        t = interp.call_in_thread(report, q, "hello")
        assert isinstance(t, threading.Thread), f"call_in_thread must return a threading.Thread, got {type(t).__name__}"
        assert t.ident is not None, "the returned thread was not started (ident is None)"
        t.join(60)
        assert not t.is_alive(), "the thread did not finish within 60 s"
        tag, where, tid = q.get(timeout=10)
        assert (tag, where) == ("hello", interp.id), (
            f"the function reported (tag, interpreter) {(tag, where)!r}, expected ('hello', {interp.id})")
        assert tid != threading.get_native_id(), "the function ran on the caller's OS thread, not a new thread"
    finally:
        interp.close()


if __name__ == "__main__":
    main()
