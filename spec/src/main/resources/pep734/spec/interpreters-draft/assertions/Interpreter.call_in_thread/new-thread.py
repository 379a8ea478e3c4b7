# ---
# clause: api:Interpreter.call_in_thread
# quote: Run the given function in the interpreter (in a new thread).
# level: must
# features: call, threads
# description: call_in_thread(f) returns a started threading.Thread at once; f runs in the interpreter on another OS thread; join() waits for it
# includes: queues_imported.py
# ---
import threading

import interpreters


def report():
    import threading
    import __main__
    import interpreters
    __main__.q.put(("started", 0))
    __main__.go.get(timeout=30)  # main lets the function end only after call_in_thread() has returned
    __main__.q.put((interpreters.get_current().id, threading.get_native_id()))


def main():
    interp = interpreters.create()
    q = interpreters.create_queue()
    go = interpreters.create_queue()
    try:
        import_queues_in(interp)
        interp.prepare_main(q=q, go=go)
        t = interp.call_in_thread(report)
        assert isinstance(t, threading.Thread), f"call_in_thread() returned {type(t).__name__}; expected a Thread"
        # Not timed (a loaded machine starts threads late): the function cannot end before main says "go", so
        # its thread still runs now, unless call_in_thread() waited for it (the function then gave up after 30 s).
        assert t.is_alive(), "call_in_thread() returned a thread that no longer runs: it waited for the function"
        assert q.get(timeout=60) == ("started", 0)
        go.put(None)
        t.join(60)
        assert not t.is_alive(), "the thread did not end"
        got = q.get(timeout=10)
        assert got[0] == interp.id, f"the function ran in interpreter {got[0]}; expected {interp.id}"
        assert got[1] != threading.get_native_id(), "the function ran in the caller's OS thread"
    finally:
        interp.close()


if __name__ == "__main__":
    main()
