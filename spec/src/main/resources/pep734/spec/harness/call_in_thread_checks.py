# Checks of Interpreter.call_in_thread() shared by the profiles whose documents state its sentence.
import threading
from concurrent import interpreters


def _returns_started_thread_report(q, tag):
    import threading
    from concurrent import interpreters
    q.put((tag, interpreters.get_current().id, threading.get_native_id()))


def check_call_in_thread_returns_started_thread():
    """call_in_thread returns a started threading.Thread; the function runs in the sub on a different OS thread."""
    interp = interpreters.create()
    try:
        q = interpreters.create_queue()
        t = interp.call_in_thread(_returns_started_thread_report, q, "hello")
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


def _runs_in_target_interpreter_report(q):
    import threading as t
    from concurrent import interpreters as inner
    q.put((inner.get_current().id, t.get_native_id()))


def check_call_in_thread_runs_in_target_interpreter():
    """The function runs in the target interpreter (its __main__ and get_current) on a thread other than the
    caller's."""
    q = interpreters.create_queue()
    interp = interpreters.create()
    try:
        t = interp.call_in_thread(_runs_in_target_interpreter_report, q)
        seen_id, native = q.get(timeout=30)
        t.join(30)
        assert seen_id == interp.id, f"the function ran in interpreter {seen_id}, expected {interp.id}"
        assert native != threading.get_native_id(), "the function ran on the caller's OS thread, not a new one"
    finally:
        interp.close()


def _wait_for_release(started, release, done):
    started.put("started")
    token = release.get(timeout=20)
    done.put(("released with", token))


def check_call_in_thread_does_not_block_caller():
    """call_in_thread returns while the function is still running; the caller can release it afterwards."""
    interp = interpreters.create()
    try:
        started, release, done = (interpreters.create_queue() for _ in range(3))
        t = interp.call_in_thread(_wait_for_release, started, release, done)
        # if call_in_thread ran the function in the calling thread it would block for 60 s and fail above
        assert started.get(timeout=60) == "started", "the function did not start"
        assert t.is_alive(), "the thread ended although the function is still waiting for the release token"
        assert done.empty(), "the function finished before it was released"
        release.put("token-1")
        t.join(60)
        got = done.get(timeout=10)
        assert got == ("released with", "token-1"), f"the function reported {got!r}"
    finally:
        interp.close()
