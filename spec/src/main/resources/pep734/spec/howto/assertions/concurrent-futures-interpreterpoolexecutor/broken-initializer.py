# ---
# clause: section:concurrent-futures-interpreterpoolexecutor
# level: should
# features: executor, errors
# description: a failing initializer makes the pool broken: the task's future raises BrokenInterpreterPool and the task never runs
# includes: raising.py
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
        with must_raise(BrokenInterpreterPool, "the result of a task of a pool whose initializer failed") as raised:
            raised.returned = future.result(timeout=60)
        with must_raise(BrokenInterpreterPool, "submit() to a broken pool"):
            pool.submit(task)
    finally:
        pool.shutdown(wait=True)


if __name__ == "__main__":
    main()
