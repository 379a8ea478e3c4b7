# ---
# clause: section:concurrent-futures-interpreterpoolexecutor
# level: should
# features: executor,shareable
# description: submit() of a script string raises TypeError; a closure fails with NotShareableError
# includes: raising.py
# ---
from concurrent import interpreters
from concurrent.futures import InterpreterPoolExecutor


def main():
    hidden = 3
    with InterpreterPoolExecutor(max_workers=1) as pool:
        with must_raise(TypeError, "a script string submitted as a task"):
            pool.submit('print("spam!")').result(timeout=60)
        with must_raise(interpreters.NotShareableError, "a closure submitted as a task"):
            pool.submit(lambda: hidden).result(timeout=60)


if __name__ == "__main__":
    main()
