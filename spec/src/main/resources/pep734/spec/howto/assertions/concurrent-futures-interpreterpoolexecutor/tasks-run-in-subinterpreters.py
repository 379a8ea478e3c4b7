# ---
# clause: section:concurrent-futures-interpreterpoolexecutor
# quote: You can also use it with multiple interpreters:
# level: must
# features: executor
# description: InterpreterPoolExecutor runs submitted and mapped callables in interpreters other than the main one and returns their results
# ---
from concurrent.futures import InterpreterPoolExecutor


def where(x):
    from concurrent import interpreters
    return x * x, interpreters.get_current().id


def main():
    with InterpreterPoolExecutor(max_workers=2) as executor:
        futures = [executor.submit(where, i) for i in range(6)]
        results = [f.result(timeout=60) for f in futures]
        mapped = list(executor.map(where, [7, 8], timeout=60))
    squares = [r[0] for r in results] + [r[0] for r in mapped]
    assert squares == [0, 1, 4, 9, 16, 25, 49, 64], f"results {squares}"
    ids = {r[1] for r in results + mapped}
    assert 0 not in ids, f"a task ran in the main interpreter (interpreter ids seen: {sorted(ids)})"
    assert 1 <= len(ids) <= 2, f"2 workers used {len(ids)} interpreters: {sorted(ids)}"


if __name__ == "__main__":
    main()
