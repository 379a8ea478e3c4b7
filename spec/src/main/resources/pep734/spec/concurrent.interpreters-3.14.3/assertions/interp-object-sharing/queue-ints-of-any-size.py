# ---
# clause: section:interp-object-sharing
# quote: Nearly all of the immutable builtin objects are either directly shared or copied efficiently.
# level: must
# includes: queue_round_trip.py
# features: queues, shareable
# description: ints of every size (machine-word bounds, beyond 64 bits, negative, huge) cross a queue to a subinterpreter and back with type and value exact
# ---
# The document lists int among the immutable builtins that cross; it sets no size limit. Each value goes on its
# own (a runtime may convert top-level items only) and inside a tuple.
VALUES = (0, 1, -1, 2 ** 31, 2 ** 63 - 1, -2 ** 63, 2 ** 63, -2 ** 63 - 1, 2 ** 64 + 5, -(2 ** 100), 10 ** 80 + 1)


if __name__ == "__main__":
    for value in VALUES:
        queue_round_trip(value)
    queue_round_trip(VALUES)
