# ---
# clause: section:reference
# level: should
# features: queues, lifecycle
# description: with UNBOUND_REMOVE, items of a closed interpreter vanish at close(); other items stay in order
# ---
from concurrent import interpreters
from concurrent.interpreters import _queues


def put_two(q):
    q.put("sub-1")
    q.put("sub-2")


def main():
    q = interpreters.create_queue(unbounditems=_queues.UNBOUND_REMOVE)
    interp = interpreters.create()
    q.put("main-1")
    interp.call(put_two, q)
    q.put("main-2")
    interp.close()
    assert q.qsize() == 2, f"qsize() is {q.qsize()} after close(); UNBOUND_REMOVE drops the closed sub's 2 items"
    got = [q.get(timeout=10), q.get(timeout=10)]
    assert got == ["main-1", "main-2"], f"remaining items {got!r}"


if __name__ == "__main__":
    main()
