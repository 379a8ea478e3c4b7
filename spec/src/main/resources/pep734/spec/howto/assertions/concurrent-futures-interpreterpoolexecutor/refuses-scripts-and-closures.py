# ---
# clause: section:concurrent-futures-interpreterpoolexecutor
# level: should
# features: executor,shareable
# description: submit() of a script string raises TypeError; a closure fails with NotShareableError
# ---
from concurrent import interpreters
from concurrent.futures import InterpreterPoolExecutor


def main():
    hidden = 3
    with InterpreterPoolExecutor(max_workers=1) as pool:
        try:
            pool.submit('print("spam!")').result(timeout=60)
        except TypeError:
            pass
        else:
            raise AssertionError("a script string was accepted as a task")
        try:
            pool.submit(lambda: hidden).result(timeout=60)
        except interpreters.NotShareableError:
            pass
        else:
            raise AssertionError("a closure ran in a worker interpreter")


if __name__ == "__main__":
    main()
