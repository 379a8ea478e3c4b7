# ---
# clause: section:reference
# level: should
# features: queues, shareable
# description: getting in the putting interpreter returns an equal copy, never the very object put (no sharing of mutable objects)
# ---
from concurrent import interpreters


def main():
    q = interpreters.create_queue()
    for value in ([1, 2], {"a": [1]}, bytearray(b"x")):
        q.put(value)
        got = q.get(timeout=10)
        assert got == value, f"got {got!r}, put {value!r}"
        assert got is not value, f"the very {type(value).__name__} object came back: mutable state is shared"
    mutable = [1]
    q.put(mutable)
    mutable.append(2)
    assert q.get(timeout=10) == [1], "a change after put() showed in the queued item (it was not copied at put)"


if __name__ == "__main__":
    main()
