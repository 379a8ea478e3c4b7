# ---
# clause: section:reference
# level: should
# features: queues, lifecycle
# description: with UNBOUND_ERROR, each item of a closed interpreter raises ItemInterpreterDestroyed at get() and is consumed
# ---
from concurrent import interpreters
from concurrent.interpreters import _queues


def put_two(q):
    q.put("one")
    q.put("two")


def main():
    q = interpreters.create_queue(unbounditems=_queues.UNBOUND_ERROR)
    interp = interpreters.create()
    interp.call(put_two, q)
    q.put("from main")
    interp.close()
    assert q.qsize() == 3, f"qsize() is {q.qsize()}; UNBOUND_ERROR keeps the items counted"
    for n in range(2):
        try:
            got = q.get(timeout=10)
        except _queues.ItemInterpreterDestroyed:
            pass
        else:
            raise AssertionError(f"item {n} of the closed interpreter came out as {got!r}; "
                                 "expected ItemInterpreterDestroyed")
    assert q.get(timeout=10) == "from main", "the main interpreter's item was lost or reordered"
    assert q.empty(), f"{q.qsize()} items left"


if __name__ == "__main__":
    main()
