# ---
# clause: section:concurrent-futures-interpreterpoolexecutor
# level: should
# features: executor, errors
# description: a task that raises makes result() raise the original exception type and args, chained from ExecutionFailed
# includes: raising.py
# ---
from concurrent import interpreters
from concurrent.futures import InterpreterPoolExecutor


def fail(n):
    raise ValueError(f"bad {n}")


def main():
    with InterpreterPoolExecutor(max_workers=1) as pool:
        future = pool.submit(fail, 1)
        with must_raise(ValueError, "a failing task's result()",
                        hint="CPython re-raises the task's own exception type") as raised:
            future.result(timeout=60)
        e = raised.error
        assert e.args == ("bad 1",), f"args {e.args!r}"
        assert isinstance(e.__cause__, interpreters.ExecutionFailed), (
            f"__cause__ is {e.__cause__!r}; CPython chains the ExecutionFailed")
        assert isinstance(future.exception(), ValueError), future.exception()


if __name__ == "__main__":
    main()
