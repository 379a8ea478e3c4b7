# ---
# clause: section:concurrent-futures-interpreterpoolexecutor
# level: should
# features: executor, errors
# description: a failing initializer makes the pool broken: the task's future raises BrokenInterpreterPool and the task never runs
# ---
from concurrent.futures import InterpreterPoolExecutor
from concurrent.futures.interpreter import BrokenInterpreterPool


def bad_init():
    raise RuntimeError("cannot initialize")


def task():
    return "ran"


def main():
    pool = InterpreterPoolExecutor(max_workers=1, initializer=bad_init)
    try:
        future = pool.submit(task)
        try:
            got = future.result(timeout=60)
        except BrokenInterpreterPool:
            pass
        else:
            raise AssertionError(f"a task ran although the initializer failed: {got!r}")
        try:
            pool.submit(task)
        except BrokenInterpreterPool:
            pass
        else:
            raise AssertionError("a broken pool accepted another task")
    finally:
        pool.shutdown(wait=True)


if __name__ == "__main__":
    main()
