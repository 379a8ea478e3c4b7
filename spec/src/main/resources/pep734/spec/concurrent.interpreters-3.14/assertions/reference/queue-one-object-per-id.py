# ---
# clause: section:reference
# level: should
# features: queues
# description: Queue(id) returns the same object; a queue sent through a queue or to a sub is the same queue (same id)
# ---
from concurrent import interpreters


def queue_id(q):
    return q.id


def main():
    q = interpreters.create_queue()
    carrier = interpreters.create_queue()
    assert interpreters.Queue(q.id) is q, f"Queue({q.id}) is a different object than the queue create_queue() returned"
    carrier.put(q)
    got = carrier.get(timeout=10)
    assert got is q, f"a queue sent through a queue came back as {got!r}, not the same object {q!r}"
    interp = interpreters.create()
    try:
        assert interp.call(queue_id, q) == q.id, "the sub got a queue with a different id"
    finally:
        interp.close()
    other = interpreters.create_queue()
    assert other.id != q.id, f"two live queues share id {q.id}"


if __name__ == "__main__":
    main()
