# ---
# clause: section:reference
# level: should
# includes: queue_round_trip.py
# features: queues, shareable
# description: a queue carries a dict (pickled) from main to a subinterpreter and back with type and value intact
# ---


def main():
    value = {'a': 1, 'b': [2, 3], 4: ('x',)}
    queue_round_trip(value)


if __name__ == "__main__":
    main()
