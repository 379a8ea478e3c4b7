# ---
# clause: api:Queue
# quote: A wrapper around a low-level, cross-interpreter queue, which implements the queue.Queue interface.
# level: must
# features: queues, lifecycle
# description: items put by an interpreter that is then closed stay in the queue, counted and in their place: get() returns each one (or the UNBOUND marker), none vanish
# ---
# A queue.Queue holds what was put until it is got. CPython 3.14.3 keeps such an item but, by default, hands out
# concurrent.interpreters._queues.UNBOUND in its place once its interpreter is gone (erratum
# queue-interface-differences): either the item or that marker is accepted; an item that vanishes, or a get()
# that raises for it, is not.
from concurrent import interpreters


def put_from_sub(q):
    q.put("sub 1")
    q.put(("sub", 2))


def unbound_marker():
    try:
        from concurrent.interpreters import _queues
    except ImportError:
        return None
    return getattr(_queues, "UNBOUND", None)


def main():
    q = interpreters.create_queue()
    q.put("main 1")
    producer = interpreters.create()
    closed = False
    try:
        producer.call(put_from_sub, q)
        q.put("main 2")
        assert q.qsize() == 4, f"qsize() is {q.qsize()} after four puts"
        producer.close()
        closed = True
        assert q.qsize() == 4 and not q.empty(), (
            f"after the interpreter that put two of the four items was closed, qsize() is {q.qsize()}; "
            "its items must stay in the queue until they are got")
        marker = unbound_marker()
        got = [q.get(timeout=10) for _ in range(4)]
        assert got[0] == "main 1" and got[3] == "main 2", f"the items came out as {got!r}: order or items lost"
        for sent, item in zip(("sub 1", ("sub", 2)), got[1:3]):
            assert item == sent or (marker is not None and item is marker), (
                f"the item {sent!r} of the closed interpreter came out as {item!r}; expected it, or the UNBOUND marker")
        assert q.empty(), f"{q.qsize()} item(s) left after getting all four"
    finally:
        if not closed:
            producer.close()


if __name__ == "__main__":
    main()
