# ---
# clause: section:running-in-a-thread
# quote: To actually run in a new thread, you do it explicitly:
# quote: There's also a helper method for that:
# level: must
# features: threads
# description: call_in_thread() returns a Thread that runs the function in the interpreter on another OS thread, while the caller goes on
# ---
import threading
from concurrent import interpreters


def report(out, gate):
    import threading
    from concurrent import interpreters
    out.put(("started", threading.get_native_id(), interpreters.get_current().id))
    gate.get(timeout=30)              # wait until the caller has shown it was not blocked
    out.put(("done",))


def main():
    interp = interpreters.create()
    out = interpreters.create_queue()
    gate = interpreters.create_queue()
    try:
        t = interp.call_in_thread(report, out, gate)
        assert isinstance(t, threading.Thread), f"call_in_thread() returned {t!r}, not a threading.Thread"
        started = out.get(timeout=60)
        # we are here while report() still waits for the gate: the caller was not blocked
        assert started[0] == "started"
        assert started[1] != threading.get_native_id(), "call_in_thread() ran the function on the caller's OS thread"
        assert started[2] == interp.id, f"the function ran in interpreter {started[2]}, not {interp.id}"
        assert t.is_alive(), "the thread ended although the function still waits"
        gate.put("go")
        t.join(60)
        assert not t.is_alive(), "the thread did not end after the function returned"
        assert out.get(timeout=10) == ("done",)
    finally:
        interp.close()


if __name__ == "__main__":
    main()
