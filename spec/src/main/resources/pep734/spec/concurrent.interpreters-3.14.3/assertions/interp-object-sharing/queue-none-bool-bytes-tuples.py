# ---
# clause: section:interp-object-sharing
# quote: Nearly all of the immutable builtin objects are either directly shared or copied efficiently.
# quote: For example:
# quote: bool (True and False)
# quote: tuple (of similarly supported objects)
# level: must
# includes: queue_round_trip.py
# features: queues, shareable
# description: None, True, False (not 1 and 0), bytes and tuples nesting them cross a queue and back with type and value exact
# ---
VALUES = (None, True, False, b"", b"\x00\xff" * 64, (), (1,), (True, (None, (b"x", "y", 2 ** 70, -0.0))))


if __name__ == "__main__":
    for value in VALUES:
        queue_round_trip(value)
    queue_round_trip(VALUES)
