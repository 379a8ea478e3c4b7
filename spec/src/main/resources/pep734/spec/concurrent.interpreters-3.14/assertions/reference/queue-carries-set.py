# ---
# clause: section:reference
# level: should
# includes: queue_round_trip.py
# features: queues, shareable
# description: a queue carries a set (pickled) from main to a subinterpreter and back with type and value intact
# ---


def main():
    value = {1, 2, 3}
    queue_round_trip(value)


if __name__ == "__main__":
    main()
