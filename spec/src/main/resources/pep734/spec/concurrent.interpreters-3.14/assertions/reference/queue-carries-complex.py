# ---
# clause: section:reference
# level: should
# includes: queue_round_trip.py
# features: queues, shareable
# description: a queue carries a complex number (pickled) from main to a subinterpreter and back with type and value intact
# ---


def main():
    value = complex(1.5, -2)
    queue_round_trip(value)


if __name__ == "__main__":
    main()
