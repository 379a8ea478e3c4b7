# ---
# clause: section:reference
# level: should
# includes: queue_round_trip.py
# features: queues, shareable
# description: a queue carries floats including -0.0 and inf from main to a subinterpreter and back with type and value intact
# ---


def main():
    value = (0.1, -0.0, float('inf'))
    queue_round_trip(value)


if __name__ == "__main__":
    main()
