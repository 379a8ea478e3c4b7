# ---
# clause: api:create_queue
# quote: Initialize a new cross-interpreter queue and return a Queue object for it.
# level: must
# features: queues
# description: each create_queue() returns a new, empty Queue of its own that another interpreter can use
# ---
from concurrent import interpreters


def put_one(q, item):
    q.put(item)


def main():
    a, b = interpreters.create_queue(), interpreters.create_queue()
    for q in (a, b):
        assert isinstance(q, interpreters.Queue), f"create_queue() returned {q!r}, not a Queue"
        assert q.empty() and q.qsize() == 0, f"a new queue holds {q.qsize()} item(s)"
    assert a is not b and a.id != b.id, f"two create_queue() calls gave the same queue (id {a.id})"
    interp = interpreters.create()
    try:
        interp.call(put_one, a, "cross-interpreter")
        assert b.empty(), "an item put on one queue showed up in another"
        assert a.get_nowait() == "cross-interpreter", "the item another interpreter put did not arrive"
    finally:
        interp.close()
    c = interpreters.create_queue()
    assert c.empty() and c.id not in (a.id, b.id), f"a third queue is not new and empty (id {c.id})"


if __name__ == "__main__":
    main()
