# InterpreterPoolExecutor runs tasks in the main interpreter, like a thread pool
from concurrent.futures import interpreter as _pool
@_patch(_pool.WorkerContext, "run")
def _run(run, self, task):
    fn, args, kwargs = task
    return fn(*args, **kwargs)
# ---- detector ----
from concurrent.futures import InterpreterPoolExecutor
with InterpreterPoolExecutor(max_workers=1) as pool:
    where = pool.submit(interpreters.get_current).result(timeout=60)
assert where.id != interpreters.get_main().id, "the task ran in the main interpreter"
