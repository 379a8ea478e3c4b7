# ---
# clause: section:concurrent-futures-interpreterpoolexecutor
# level: should
# features: executor, errors
# description: after a task fails, the same worker runs the next tasks normally
# ---
from concurrent.futures import InterpreterPoolExecutor


def maybe_fail(n):
    if n == 1:
        raise RuntimeError("one")
    return n * 10


def main():
    with InterpreterPoolExecutor(max_workers=1) as pool:
        futures = [pool.submit(maybe_fail, n) for n in range(4)]
        results = []
        for f in futures:
            try:
                results.append(f.result(timeout=60))
            except RuntimeError as e:
                results.append(str(e))
        assert results == [0, "one", 20, 30], results


if __name__ == "__main__":
    main()
