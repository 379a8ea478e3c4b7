# ---
# clause: api:Interpreter.call
# quote: Run the given function in the interpreter (in the current thread).
# level: must
# features: call
# description: call(f) runs a self-contained function inside the interpreter (its get_current() and __main__), in the caller's thread, waiting for it
# includes: queues_imported.py
# ---
import threading
import time

import interpreters


def report():
    import threading
    import time
    import __main__
    import interpreters
    time.sleep(0.3)
    __main__.q.put((interpreters.get_current().id, threading.get_native_id()))


def main():
    interp = interpreters.create()
    q = interpreters.create_queue()
    try:
        import_queues_in(interp)
        interp.prepare_main(q=q)
        start = time.monotonic()
        interp.call(report)
        took = time.monotonic() - start
        assert took >= 0.25, f"call() returned after {took:.3f} s, before the function finished"
        got = q.get(timeout=10)
        assert got[0] == interp.id, f"the function ran in interpreter {got[0]}; expected {interp.id}"
        assert got[1] == threading.get_native_id(), "the function did not run in the caller's OS thread"
    finally:
        interp.close()


if __name__ == "__main__":
    main()
