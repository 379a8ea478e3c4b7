# ---
# clause: section:concurrent-futures-interpreterpoolexecutor
# quote: The concurrent.futures module is a simple, popular concurrency framework that wraps both threading and multiprocessing.
# level: should
# features: executor
# description: concurrent.futures offers thread and process pools, and InterpreterPoolExecutor is a ThreadPoolExecutor
# ---
import concurrent.futures as cf


def main():
    assert issubclass(cf.ThreadPoolExecutor, cf.Executor), "ThreadPoolExecutor is not an Executor"
    assert issubclass(cf.ProcessPoolExecutor, cf.Executor), "ProcessPoolExecutor is not an Executor"
    assert issubclass(cf.InterpreterPoolExecutor, cf.ThreadPoolExecutor), (
        f"InterpreterPoolExecutor bases: {cf.InterpreterPoolExecutor.__mro__}")
    with cf.ThreadPoolExecutor(max_workers=2) as pool:
        assert pool.submit(pow, 2, 10).result(timeout=30) == 1024


if __name__ == "__main__":
    main()
