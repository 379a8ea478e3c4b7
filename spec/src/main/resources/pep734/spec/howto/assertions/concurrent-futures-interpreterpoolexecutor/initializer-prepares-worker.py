# ---
# clause: section:concurrent-futures-interpreterpoolexecutor
# level: should
# features: executor
# description: the initializer (with initargs) runs in each worker's interpreter before its tasks, which see what it left
# ---
from concurrent.futures import InterpreterPoolExecutor


def init(value):
    import builtins
    builtins.PREPARED = value


def read():
    import builtins
    from concurrent import interpreters
    return builtins.PREPARED, interpreters.get_current().id


def main():
    import builtins
    with InterpreterPoolExecutor(max_workers=2, initializer=init, initargs=("ready",)) as pool:
        got = [pool.submit(read).result(timeout=60) for _ in range(4)]
    assert all(value == "ready" for value, _ in got), got
    assert all(iid != 0 for _, iid in got), f"a task ran in the main interpreter: {got}"
    assert not hasattr(builtins, "PREPARED"), "the initializer ran in the main interpreter"


if __name__ == "__main__":
    main()
