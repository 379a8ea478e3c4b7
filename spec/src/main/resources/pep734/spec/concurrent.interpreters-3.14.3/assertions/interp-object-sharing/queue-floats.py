# ---
# clause: section:interp-object-sharing
# quote: Nearly all of the immutable builtin objects are either directly shared or copied efficiently.
# level: must
# includes: queue_round_trip.py
# features: queues, shareable
# description: floats including -0.0, nan, infinities, the smallest subnormal and the largest float cross a queue and back with type and value exact
# ---
# repr() tells -0.0 from 0.0 and shows every digit a float needs to round-trip, so equal reprs mean equal floats.
VALUES = (0.0, -0.0, float("nan"), float("inf"), float("-inf"), 5e-324, 1.7976931348623157e308, 0.1, -2.5e-10)


if __name__ == "__main__":
    for value in VALUES:
        queue_round_trip(value)
    queue_round_trip(VALUES)
