# ---
# clause: section:reference
# level: should
# includes: queue_round_trip.py
# features: queues, shareable
# description: a queue carries non-ASCII and surrogate-holding str from main to a subinterpreter and back with type and value intact
# ---


def main():
    value = 'h\u00e9 \U0001F600 \ud800'
    queue_round_trip(value)


if __name__ == "__main__":
    main()
