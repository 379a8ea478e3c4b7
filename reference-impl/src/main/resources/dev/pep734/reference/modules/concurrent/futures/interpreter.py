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


def _run_task(encoded_fn, args, kwargs):
    # Runs inside the worker's interpreter. The original exception travels back pickled so the
    # caller can re-raise its own type, chained to an ExecutionFailed, as CPython 3.14 does.
    fn = _xi.loads(encoded_fn)
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


def _encode(fn):
    if isinstance(fn, (str, bytes)):
        raise TypeError('scripts not supported')
    return _xi.pickle_callable(fn)


class InterpreterPoolExecutor(_thread.ThreadPoolExecutor):
    """Runs each submitted callable in the interpreter owned by the worker thread that takes it."""

    BROKEN = BrokenInterpreterPool

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        self._user_init = None if initializer is None else (_encode(initializer), tuple(initargs))
        self._local = threading.local()
        self._interps = []
        self._interps_lock = threading.Lock()
        super().__init__(max_workers, thread_name_prefix, self._start_worker, ())

    def _start_worker(self):
        interp = interpreters.create()
        with self._interps_lock:
            self._interps.append(interp)
        self._local.interp = interp
        if self._user_init is not None:
            encoded, initargs = self._user_init
            self._run(interp, encoded, initargs, {})

    @staticmethod
    def _run(interp, encoded, args, kwargs):
        result = interp.call(_run_task, encoded, args, kwargs)
        if result[0] == 'ok':
            return result[1]
        exc = pickle.loads(result[1])
        raise exc from ExecutionFailed(_interpreters._excinfo(result[2]))

    def _in_worker(self, encoded, args, kwargs):
        return self._run(self._local.interp, encoded, args, kwargs)

    def submit(self, fn, /, *args, **kwargs):
        if self._broken:
            raise BrokenInterpreterPool(self._broken)
        return super().submit(self._in_worker, _encode(fn), args, kwargs)

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
