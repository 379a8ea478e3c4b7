# ---
# clause: api:Interpreter.call_in_thread
# quote: Run the given function in the interpreter (in a new thread).
# level: must
# features: threads
# description: the function runs in the target interpreter (its __main__ and get_current) on a thread other than the caller's
# ---
import threading
from concurrent import interpreters


def report(q):
    import threading as t
    from concurrent import interpreters as inner
    q.put((inner.get_current().id, t.get_native_id()))


def main():
    q = interpreters.create_queue()
    interp = interpreters.create()
    try:
        t = interp.call_in_thread(report, q)
        seen_id, native = q.get(timeout=30)
        t.join(30)
        assert seen_id == interp.id, f"the function ran in interpreter {seen_id}, expected {interp.id}"
        assert native != threading.get_native_id(), "the function ran on the caller's OS thread, not a new one"
    finally:
        interp.close()


if __name__ == "__main__":
    main()
