# ---
# clause: section:reference
# level: should
# includes: queue_round_trip.py
# features: queues, shareable
# description: a queue carries None and a nested tuple from main to a subinterpreter and back with type and value intact
# ---


def main():
    value = (None, (1, ('x', b'y')))
    queue_round_trip(value)


if __name__ == "__main__":
    main()
