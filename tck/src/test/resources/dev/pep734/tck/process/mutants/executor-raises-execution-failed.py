# InterpreterPoolExecutor futures raise ExecutionFailed, not the task's own exception
from concurrent.futures import interpreter as _pool
@_patch(_pool.WorkerContext, "run")
def _run(run, self, task):
    try:
        return self.interp.call(_pool.do_call, self.results, *task)
    except interpreters.ExecutionFailed:
        self.results.get()
        raise
# ---- detector ----
from concurrent.futures import InterpreterPoolExecutor
with InterpreterPoolExecutor(max_workers=1) as pool:
    try:
        pool.submit(int, "not a number").result(timeout=60)
    except ValueError:
        pass
