# ---
# clause: section:reference
# level: should
# includes: queue_round_trip.py
# features: queues, shareable
# description: a queue carries an int beyond 64 bits (pickled) from main to a subinterpreter and back with type and value intact
# ---


def main():
    value = 2 ** 100 + 7
    queue_round_trip(value)


if __name__ == "__main__":
    main()
