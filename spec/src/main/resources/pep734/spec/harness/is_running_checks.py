# Checks of Interpreter.is_running() shared by the profiles whose documents state its sentence.
import threading
from concurrent import interpreters


def check_running_true_while_executing():
    """While exec() runs in another thread, is_running() is True; after it finishes it is False."""
    interp = interpreters.create()
    ready = interpreters.create_queue()
    release = interpreters.create_queue()
    errors = []
    try:
        interp.prepare_main(ready=ready, release=release)

        def worker():
            try:
                interp.exec("ready.put('started')\nrelease.get(timeout=60)\n")
            except BaseException as e:  # reported by the main thread
                errors.append(e)

        t = threading.Thread(target=worker)
        t.start()
        try:
            assert ready.get(timeout=60) == "started", "the sub did not report that it started"
            got = interp.is_running()
            assert got is True, (
                f"exec() is blocked inside the interpreter (waiting on a queue), but is_running() is {got!r}; "
                "if this fails, check that the running flag is set for the whole duration of exec()")
        finally:
            release.put(None)
            t.join(60)
        assert not t.is_alive(), "exec() did not finish within 60 s after being released"
        assert not errors, f"exec() in the worker thread failed: {errors[0]!r}"
        got = interp.is_running()
        assert got is False, f"exec() finished: is_running() must be False, got {got!r}"
    finally:
        interp.close()


def check_running_false_when_idle():
    """is_running() is exactly False before, between and after exec()/call() calls that have finished."""
    interp = interpreters.create()
    try:
        got = interp.is_running()
        assert got is False, f"a new idle interpreter: is_running() must be False, got {got!r}"
        interp.exec("x = 1")
        got = interp.is_running()
        assert got is False, (f"exec() has returned: is_running() must be False again, got {got!r}; "
                              "if this fails, check that the running flag is cleared when exec() ends")
        try:
            interp.exec("raise ValueError('boom')")
        except interpreters.ExecutionFailed:
            pass
        got = interp.is_running()
        assert got is False, (f"exec() ended with an uncaught exception: is_running() must be False, got {got!r}; "
                              "if this fails, check that the running flag is cleared on the error path too")
        interp.call(divmod, 7, 2)
        got = interp.is_running()
        assert got is False, f"call() has returned: is_running() must be False, got {got!r}"
    finally:
        interp.close()


def check_running_current_is_running():
    """The interpreter that asks about itself is running: main from main, a sub from inside its own exec()."""
    got = interpreters.get_main().is_running()
    assert got is True, f"this script runs in main's __main__, so get_main().is_running() must be True, got {got!r}"
    interp = interpreters.create()
    try:
        interp.exec(
            "from concurrent import interpreters as _i\n"
            "_r = _i.get_current().is_running()\n"
            "assert _r is True, f'inside exec(), get_current().is_running() is {_r!r}, expected True'\n")
    finally:
        interp.close()


def _boom():
    raise RuntimeError("boom")


def check_running_false_after_failure():
    """After exec() or call() fail with ExecutionFailed the interpreter is no longer running, and runs code
    again."""
    interp = interpreters.create()
    try:
        for how in ("exec", "call"):
            try:
                if how == "exec":
                    interp.exec("raise RuntimeError('boom')")
                else:
                    interp.call(_boom)
            except interpreters.ExecutionFailed:
                pass
            else:
                raise AssertionError(f"{how}() of failing code did not raise ExecutionFailed")
            assert interp.is_running() is False, f"is_running() is still True after {how}() failed"
        interp.exec("ok = True")
        interp.exec("assert ok")
    finally:
        interp.close()
