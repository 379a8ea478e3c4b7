# Keeps an interpreter busy in a worker thread, for checks of what a running interpreter refuses or reports.
import contextlib
import threading
from concurrent import interpreters as _running_interpreters


@contextlib.contextmanager
def running(interp, after=""):
    """Inside the with-block, ``interp`` is executing code in a worker thread: it has reported that it started
    and waits to be released. On leaving the block the worker is released, runs ``after`` (source), and is
    joined. Yields the list of exceptions the worker's exec() raised: check it after the block."""
    ready = _running_interpreters.create_queue()
    release = _running_interpreters.create_queue()
    errors = []
    interp.prepare_main(_running_ready=ready, _running_release=release)

    def worker():
        try:
            interp.exec("_running_ready.put('started')\n_running_release.get(timeout=60)\n" + after)
        except BaseException as e:  # reported by the caller, after the block
            errors.append(e)

    thread = threading.Thread(target=worker)
    thread.start()
    try:
        if ready.get(timeout=60) != "started":
            raise AssertionError("the worker did not report that it started")
        yield errors
    finally:
        release.put(None)
        thread.join(60)
        if thread.is_alive():
            raise AssertionError("the worker's exec() did not return within 60 s of being released")
