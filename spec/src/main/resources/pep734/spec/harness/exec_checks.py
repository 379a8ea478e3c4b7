# Checks of Interpreter.exec() (and the Basic usage forms) shared by the profiles whose documents state its
# sentence.
from concurrent import interpreters
import __main__
import threading
from textwrap import dedent


def check_exec_runs_in_target_interpreter():
    """Code given to exec() runs in that interpreter's __main__, not in the caller's."""
    a = interpreters.create()
    try:
        b = interpreters.create()
        try:
            a.prepare_main(expected=a.id)
            a.exec("from concurrent import interpreters as _i\n"
                   "assert _i.get_current().id == expected, (_i.get_current().id, expected)\n"
                   "assert __name__ == '__main__', __name__\n"
                   "only_in_a = 'a'\n")
            assert not hasattr(__main__, "only_in_a"), "exec() on a sub bound a name in the caller's __main__"
            b.exec("assert 'only_in_a' not in globals(), 'a name bound in interpreter a appeared in interpreter b'\n")
            a.exec("assert only_in_a == 'a'\n")
        finally:
            b.close()
    finally:
        a.close()


def check_exec_runs_in_current_thread():
    """exec() runs synchronously on the caller's OS thread and its effects are complete when it returns."""
    interp = interpreters.create()
    try:
        buf = bytearray(16)
        interp.prepare_main(out=memoryview(buf), caller_tid=threading.get_native_id())
        interp.exec(
            "import threading, time\n"
            "_tid = threading.get_native_id()\n"
            "assert _tid == caller_tid, f'exec ran on OS thread {_tid}, the caller is {caller_tid}'\n"
            "time.sleep(0.2)\n"
            "out[:4] = b'done'\n")
        assert bytes(buf[:4]) == b"done", (
            f"exec() returned before the code finished (buffer is {bytes(buf[:4])!r}); it must run synchronously")
        interp.exec("del out\n")
    finally:
        interp.close()


def check_exec_uncaught_exception_raises_execution_failed():
    """An uncaught exception in exec'd code surfaces in the caller as ExecutionFailed, and the interpreter stays
    usable."""
    interp = interpreters.create()
    try:
        try:
            interp.exec("before = 1\nraise KeyError('missing')\nafter = 2\n")
        except interpreters.ExecutionFailed as e:
            assert e.excinfo.type.__name__ == "KeyError", f"excinfo.type.__name__ is {e.excinfo.type.__name__!r}"
        except BaseException as e:
            raise AssertionError(f"exec() of code raising KeyError raised {type(e).__name__}: {e!r} in the caller; "
                                 "expected ExecutionFailed (the exception itself must not cross)") from e
        else:
            raise AssertionError("exec() of code raising KeyError returned normally; expected ExecutionFailed")
        interp.exec("assert before == 1\nassert 'after' not in globals(), 'code after the raise ran'\n")
    finally:
        interp.close()


def _record(q, how):
    from concurrent import interpreters as inner
    q.put((how, inner.get_current().id))


def check_create_then_run_code():
    """Each way the example runs code (exec of a string, of dedented source, call, call_in_thread) runs it in
    the new interpreter."""
    q = interpreters.create_queue()
    interp = interpreters.create()
    try:
        interp.prepare_main(q=q)
        interp.exec("from concurrent import interpreters as inner\nq.put(('exec', inner.get_current().id))")
        interp.exec("""if True:
            from concurrent import interpreters as inner
            q.put(('if-true', inner.get_current().id))
            """)
        interp.exec(dedent("""
            from concurrent import interpreters as inner
            q.put(('dedent', inner.get_current().id))
            """))
        interp.call(_record, q, "call")
        interp.call_in_thread(_record, q, "thread").join(30)
        got = [q.get(timeout=10) for _ in range(5)]
        expected = [(how, interp.id) for how in ("exec", "if-true", "dedent", "call", "thread")]
        assert got == expected, f"runs reported {got}; expected {expected}"
    finally:
        interp.close()


def check_exec_different_interpreters_run_concurrently():
    """exec() on two interpreters from two threads runs at the same time (a handshake between them completes)."""
    a, b = interpreters.create(), interpreters.create()
    ping, pong = interpreters.create_queue(), interpreters.create_queue()
    errors = []
    try:
        a.prepare_main(ping=ping, pong=pong)
        b.prepare_main(ping=ping, pong=pong)

        def run(interp, code):
            try:
                interp.exec(code)
            except BaseException as e:
                errors.append((interp.id, e))

        # each waits for the other: it completes only if both exec() calls are in progress together
        ta = threading.Thread(target=run, args=(a, "ping.put('a')\ngot = pong.get(timeout=30)\nassert got == 'b', got\n"))
        tb = threading.Thread(target=run, args=(b, "got = ping.get(timeout=30)\nassert got == 'a', got\npong.put('b')\n"))
        ta.start()
        tb.start()
        ta.join(60)
        tb.join(60)
        assert not errors, (f"the handshake between two interpreters failed: {errors!r}; if this fails, check "
                            "that exec() in one interpreter does not block exec() in another")
    finally:
        a.close()
        b.close()
