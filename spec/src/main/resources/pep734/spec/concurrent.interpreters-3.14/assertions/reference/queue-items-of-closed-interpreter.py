# ---
# clause: section:reference
# level: should
# features: queues, lifecycle
# description: by default, items put by an interpreter that is then closed stay counted and come out as the UNBOUND marker
# ---
from concurrent import interpreters


def put_two(q):
    q.put("one")
    q.put(2)


def main():
    q = interpreters.create_queue()
    interp = interpreters.create()
    closed = False
    try:
        interp.call(put_two, q)
        assert q.qsize() == 2, f"the sub put two items, qsize() is {q.qsize()}"
        interp.close()
        closed = True
        assert q.qsize() == 2, (f"after the producer closed, qsize() is {q.qsize()}; with the default policy "
                                "(UNBOUND) the items stay counted")
        from concurrent.interpreters import _queues
        got = [q.get(timeout=10), q.get(timeout=10)]
        assert got[0] is _queues.UNBOUND and got[1] is _queues.UNBOUND, (
            f"items of a destroyed interpreter came out as {got!r}; CPython replaces each with _queues.UNBOUND")
        assert q.empty(), "no more items expected"
    finally:
        if not closed:
            interp.close()


if __name__ == "__main__":
    main()
