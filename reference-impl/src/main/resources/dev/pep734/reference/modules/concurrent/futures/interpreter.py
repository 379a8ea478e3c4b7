"""InterpreterPoolExecutor: a ThreadPoolExecutor whose worker threads each run tasks in their own
interpreter (the reference runtime's own implementation, on GraalPy's 3.12 ThreadPoolExecutor)."""
import pickle
import sys
import threading

from concurrent import interpreters
from concurrent.futures import thread as _thread
import _interpreters
import _pep734_xi as _xi

__all__ = ['InterpreterPoolExecutor', 'BrokenInterpreterPool', 'ExecutionFailed']

ExecutionFailed = interpreters.ExecutionFailed


class BrokenInterpreterPool(_thread.BrokenThreadPool):
    """Raised when a worker thread's initializer failed."""


def _run_task(fn, args, kwargs):
    # Runs inside the worker's interpreter; the task arrives as call() arguments, as in CPython 3.14 (so a task
    # that cannot cross fails its future with NotShareableError). The original exception travels back pickled so
    # the caller can re-raise its own type, chained to an ExecutionFailed, as CPython 3.14 does.
    try:
        return ('ok', fn(*args, **kwargs))
    except BaseException as e:
        fields = _xi.excinfo(e, skip=1)
        try:
            data = pickle.dumps(e)
        except Exception:
            import traceback
            print('exception is not shareable:', file=sys.stderr)
            traceback.print_exception(e)
            raise e
        return ('raise', data, fields)


def _check_task(fn):
    if isinstance(fn, (str, bytes)):
        raise TypeError('scripts not supported')


class _IdleWorkers:
    """What ThreadPoolExecutor keeps as its idle-worker semaphore, knowing also of workers about to be idle.

    A worker marks itself idle (release()) only after its task's future got the result. On GraalPy the caller that
    this result wakes usually runs first, submits the next task, finds no idle worker (acquire()) and the base
    class starts another thread, here with another interpreter (measured: GraalPy's own ThreadPoolExecutor did so
    in 6 of 10 runs of three tasks one after the other; CPython in none). So acquire() waits, briefly, for workers
    that have finished a task and have not yet either gone idle or taken the next one.
    """

    _LONGEST_WAIT = 1.0  # seconds; a finishing worker goes idle or takes work within microseconds

    def __init__(self):
        self._changed = threading.Condition()
        self._idle = 0
        self._finishing = 0
        self._local = threading.local()

    def task_finished(self):
        """In a worker, as its task returns (before the future gets the result)."""
        with self._changed:
            self._finishing += 1
            self._local.finishing = True

    def task_started(self):
        """In a worker, as it starts a task."""
        with self._changed:
            self._settle()

    def _settle(self):
        if getattr(self._local, 'finishing', False):
            self._finishing -= 1
            self._local.finishing = False
            self._changed.notify_all()

    def release(self):
        """The worker (the calling thread) waits for work now."""
        with self._changed:  # one step: a waiter must not see the worker neither finishing nor idle
            self._settle()
            self._idle += 1
            self._changed.notify_all()

    def acquire(self, blocking=True, timeout=None):
        """Takes an idle worker if there is one, or one about to be idle; False when there is none."""
        with self._changed:
            self._changed.wait_for(lambda: self._idle or not self._finishing, self._LONGEST_WAIT)
            if self._idle:
                self._idle -= 1
                return True
            return False


class InterpreterPoolExecutor(_thread.ThreadPoolExecutor):
    """Runs each submitted callable in the interpreter owned by the worker thread that takes it."""

    BROKEN = BrokenInterpreterPool

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        if initializer is not None:
            _check_task(initializer)
        self._user_init = None if initializer is None else (initializer, tuple(initargs))
        thread_name_prefix = thread_name_prefix or f'InterpreterPoolExecutor-{self._counter()}'
        self._local = threading.local()
        self._interps = []
        self._interps_lock = threading.Lock()
        super().__init__(max_workers, thread_name_prefix, self._start_worker, ())
        self._idle_semaphore = _IdleWorkers()

    def _start_worker(self):
        interp = interpreters.create()
        with self._interps_lock:
            self._interps.append(interp)
        self._local.interp = interp
        if self._user_init is not None:
            # A failure here (one that cannot cross included) breaks the pool, logged as CPython logs it.
            initializer, initargs = self._user_init
            self._run(interp, initializer, initargs, {})

    @staticmethod
    def _run(interp, fn, args, kwargs):
        result = interp.call(_run_task, fn, args, kwargs)
        if result[0] == 'ok':
            return result[1]
        exc = pickle.loads(result[1])
        raise exc from ExecutionFailed(_interpreters._excinfo(result[2]))

    def _in_worker(self, fn, args, kwargs):
        self._idle_semaphore.task_started()
        try:
            return self._run(self._local.interp, fn, args, kwargs)
        finally:
            self._idle_semaphore.task_finished()

    def submit(self, fn, /, *args, **kwargs):
        if self._broken:
            raise BrokenInterpreterPool(self._broken)
        _check_task(fn)
        return super().submit(self._in_worker, fn, args, kwargs)

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = 'A thread initializer failed, the thread pool is not usable anymore'
            while True:
                try:
                    work_item = self._work_queue.get_nowait()
                except Exception:
                    break
                if work_item is not None:
                    work_item.future.set_exception(BrokenInterpreterPool(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        super().shutdown(wait=wait, cancel_futures=cancel_futures)
        if wait:
            with self._interps_lock:
                interps, self._interps = self._interps, []
            for interp in interps:
                try:
                    interp.close()
                except interpreters.InterpreterError:
                    pass
