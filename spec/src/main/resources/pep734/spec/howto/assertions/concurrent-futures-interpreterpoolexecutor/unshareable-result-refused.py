# ---
# clause: section:concurrent-futures-interpreterpoolexecutor
# level: should
# features: executor,shareable
# description: a task whose result cannot be sent back (a generator) makes result() raise NotShareableError
# includes: raising.py
# ---
from concurrent import interpreters
from concurrent.futures import InterpreterPoolExecutor


def give_generator():
    return (i for i in range(3))


def main():
    with InterpreterPoolExecutor(max_workers=1) as pool:
        with must_raise(interpreters.NotShareableError, "the result() of a task returning a generator") as raised:
            raised.returned = pool.submit(give_generator).result(timeout=60)
        assert pool.submit(abs, -3).result(timeout=60) == 3, "the worker is broken after the refused result"


if __name__ == "__main__":
    main()
