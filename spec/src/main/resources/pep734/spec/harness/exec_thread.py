# Runs interp.exec(script) in a worker thread and waits for what the script sends back, failing as soon as the
# worker's exec() has failed (with that failure as the message) instead of waiting out a timeout. An
# implementation that breaks inside the thread is then reported with its own error, within seconds, rather than
# as an empty queue or a hung read after a minute.
import os as _exec_thread_os
import select as _exec_thread_select
import threading as _exec_thread_threading
import time as _exec_thread_time
from concurrent import interpreters as _exec_thread_interpreters


class ExecThread:
    """``interp.exec(script)`` running in a thread of the calling interpreter, started at construction."""

    POLL = 0.005

    def __init__(self, interp, script):
        self.error = None
        self._thread = _exec_thread_threading.Thread(target=self._run, args=(interp, script))
        self._thread.start()

    def _run(self, interp, script):
        try:
            interp.exec(script)
        except BaseException as e:  # reported by the waiting methods, in the caller's thread
            self.error = e

    def is_alive(self):
        return self._thread.is_alive()

    def check(self):
        """Raises AssertionError if the worker's exec() raised."""
        if self.error is not None:
            raise AssertionError(f"the interpreter's exec() failed in its thread: {self.error!r}") from self.error

    def _wait(self, ready, seconds, what):
        """Polls ``ready()`` (a pair: done, value) until it is done, the worker fails or ends, or time is up."""
        deadline = _exec_thread_time.monotonic() + seconds
        while True:
            alive = self.is_alive()
            done, value = ready()
            if done:
                return value
            self.check()
            if not alive:
                raise AssertionError(f"the interpreter's exec() returned without {what}")
            if _exec_thread_time.monotonic() > deadline:
                raise AssertionError(f"no {what} within {seconds} s (the interpreter's exec() is still running)")
            _exec_thread_time.sleep(self.POLL)

    def get(self, queue, seconds, what):
        """The next item of ``queue``, which the worker is expected to send (``what`` names it)."""
        def ready():
            try:
                return True, queue.get_nowait()
            except _exec_thread_interpreters.QueueEmpty:
                return False, None
        return self._wait(ready, seconds, what)

    def read(self, fd, size, seconds, what):
        """``os.read(fd, size)`` once ``fd`` is readable, which the worker is expected to make it."""
        def ready():
            readable, _, _ = _exec_thread_select.select([fd], [], [], 0)
            return (True, _exec_thread_os.read(fd, size)) if readable else (False, None)
        return self._wait(ready, seconds, what)

    def join(self, seconds):
        """Waits for the worker's exec() to return, and fails if it raised."""
        self._thread.join(seconds)
        if self.is_alive():
            raise AssertionError(f"the interpreter's exec() did not return within {seconds} s")
        self.check()
