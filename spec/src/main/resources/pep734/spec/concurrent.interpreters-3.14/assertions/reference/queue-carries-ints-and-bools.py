# ---
# clause: section:reference
# level: should
# includes: queue_round_trip.py
# features: queues, shareable
# description: a queue carries ints and bools from main to a subinterpreter and back with type and value intact
# ---


def main():
    value = (0, -1, 2 ** 63 - 1, True, False)
    queue_round_trip(value)


if __name__ == "__main__":
    main()
