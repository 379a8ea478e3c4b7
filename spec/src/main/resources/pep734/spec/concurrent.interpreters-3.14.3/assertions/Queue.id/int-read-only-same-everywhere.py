# ---
# clause: api:Queue.id
# quote: (read-only)
# quote: The queue's ID.
# level: must
# features: queues
# description: id is an int, distinct for each live queue, read-only, and the same in every interpreter the queue reaches
# includes: raising.py
# ---
from concurrent import interpreters


def id_of(q):
    return q.id


def main():
    a, b = interpreters.create_queue(), interpreters.create_queue()
    assert type(a.id) is int and type(b.id) is int, f"ids {a.id!r}, {b.id!r} are not ints"
    assert a.id != b.id, f"two live queues share id {a.id}"
    original = a.id
    for action, op in (("assign", lambda: setattr(a, "id", original + 1)), ("delete", lambda: delattr(a, "id"))):
        with must_raise(AttributeError, f"{action} Queue.id", hint="Queue.id is read-only"):
            op()
    assert a.id == original, f"id changed from {original} to {a.id!r}"
    interp = interpreters.create()
    try:
        assert interp.call(id_of, a) == original, "the queue has another id in the interpreter it was passed to"
        interp.prepare_main(a=a)
        interp.exec(f"assert a.id == {original}, a.id\n")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
