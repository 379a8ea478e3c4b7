# ---
# clause: section:reference
# level: should
# features: queues
# description: a Queue shows as Queue(id), hashes like its id, and two queues are distinct objects with distinct ids
# ---
from concurrent import interpreters


def main():
    a = interpreters.create_queue()
    b = interpreters.create_queue()
    assert a.id != b.id, f"two queues share id {a.id}"
    assert a is not b and a != b, "two queues compare equal"
    assert repr(a) == f"Queue({a.id})", f"repr is {a!r}"
    assert hash(a) == hash(a.id), "hash(queue) differs from hash(queue.id)"
    a.put(1)
    assert b.empty(), "an item put on one queue shows in another"


if __name__ == "__main__":
    main()
