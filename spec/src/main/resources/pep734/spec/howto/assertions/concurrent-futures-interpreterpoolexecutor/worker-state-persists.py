# ---
# clause: section:concurrent-futures-interpreterpoolexecutor
# level: should
# features: executor
# description: a worker keeps its interpreter between tasks: state left by one task is there for the next
# ---
from concurrent.futures import InterpreterPoolExecutor


def bump():
    import builtins
    builtins.COUNT = getattr(builtins, "COUNT", 0) + 1
    return builtins.COUNT


def main():
    with InterpreterPoolExecutor(max_workers=1) as pool:
        got = [pool.submit(bump).result(timeout=60) for _ in range(3)]
    assert got == [1, 2, 3], f"counts {got}; one worker's interpreter should keep its state between tasks"


if __name__ == "__main__":
    main()
