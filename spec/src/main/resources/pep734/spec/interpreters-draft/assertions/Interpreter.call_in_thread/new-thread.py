# ---
# clause: api:Interpreter.call_in_thread
# quote: Run the given function in the interpreter (in a new thread).
# level: must
# features: call, threads
# description: call_in_thread(f) returns a started threading.Thread at once; f runs in the interpreter on another OS thread; join() waits for it
# ---
import threading
import time

import interpreters


def report():
    import threading
    import time
    import __main__
    import interpreters
    __main__.q.put(("started", 0))
    time.sleep(0.5)
    __main__.q.put((interpreters.get_current().id, threading.get_native_id()))


def main():
    interp = interpreters.create()
    q = interpreters.create_queue()
    try:
        interp.prepare_main(q=q)
        start = time.monotonic()
        t = interp.call_in_thread(report)
        assert time.monotonic() - start < 0.4, "call_in_thread() waited for the function"
        assert isinstance(t, threading.Thread), f"call_in_thread() returned {type(t).__name__}; expected a Thread"
        assert q.get(timeout=10) == ("started", 0)
        t.join(30)
        assert not t.is_alive(), "the thread did not end"
        got = q.get(timeout=10)
        assert got[0] == interp.id, f"the function ran in interpreter {got[0]}; expected {interp.id}"
        assert got[1] != threading.get_native_id(), "the function ran in the caller's OS thread"
    finally:
        interp.close()


if __name__ == "__main__":
    main()
