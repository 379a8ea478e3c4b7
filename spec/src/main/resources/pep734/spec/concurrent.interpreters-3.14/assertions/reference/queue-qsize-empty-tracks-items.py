# ---
# clause: section:reference
# level: should
# features: queues
# description: qsize() and empty() follow puts and gets, also for items put by a subinterpreter
# ---
from concurrent import interpreters


def put_n(q, n):
    for i in range(n):
        q.put(i)
    return q.qsize()


def main():
    q = interpreters.create_queue()
    assert q.empty() and q.qsize() == 0, f"new queue: empty()={q.empty()!r} qsize()={q.qsize()!r}"
    interp = interpreters.create()
    try:
        seen_in_sub = interp.call(put_n, q, 5)
        assert seen_in_sub == 5, f"the sub saw qsize() {seen_in_sub!r} after putting 5 items"
        assert q.qsize() == 5 and not q.empty(), f"main sees qsize()={q.qsize()!r} after the sub put 5 items"
        got = [q.get_nowait() for _ in range(5)]
        assert got == [0, 1, 2, 3, 4], f"got {got!r}"
        assert q.empty() and q.qsize() == 0, "after getting every item the queue must be empty"
    finally:
        interp.close()


if __name__ == "__main__":
    main()
