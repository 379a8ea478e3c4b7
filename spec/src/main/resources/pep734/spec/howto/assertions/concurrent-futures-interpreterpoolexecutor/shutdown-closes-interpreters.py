# ---
# clause: section:concurrent-futures-interpreterpoolexecutor
# level: should
# features: executor,lifecycle
# description: each worker runs tasks in its own subinterpreter, and shutdown closes those interpreters
# ---
from concurrent import interpreters
from concurrent.futures import InterpreterPoolExecutor


def where(_):
    import time
    from concurrent import interpreters as inner
    time.sleep(0.2)
    return inner.get_current().id


def main():
    before = {i.id for i in interpreters.list_all()}
    pool = InterpreterPoolExecutor(max_workers=2)
    ids = set(pool.map(where, range(6), timeout=120))
    during = {i.id for i in interpreters.list_all()}
    pool.shutdown(wait=True)
    after = {i.id for i in interpreters.list_all()}
    assert 0 not in ids and ids, f"tasks ran in interpreters {ids}"
    assert ids <= during - before, f"task interpreters {ids} are not new interpreters ({during - before})"
    assert after == before, f"after shutdown interpreters {sorted(after - before)} are still alive"


if __name__ == "__main__":
    main()
