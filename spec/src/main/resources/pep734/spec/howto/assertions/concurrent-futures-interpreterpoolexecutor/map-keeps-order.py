# ---
# clause: section:concurrent-futures-interpreterpoolexecutor
# level: should
# features: executor
# description: map() yields results in the order of the inputs, whichever worker finishes first
# ---
from concurrent.futures import InterpreterPoolExecutor


def slow_square(n):
    import time
    time.sleep(0.05 * (5 - n % 5))
    return n * n


def main():
    with InterpreterPoolExecutor(max_workers=3) as pool:
        got = list(pool.map(slow_square, range(10), timeout=120))
    assert got == [n * n for n in range(10)], got


if __name__ == "__main__":
    main()
