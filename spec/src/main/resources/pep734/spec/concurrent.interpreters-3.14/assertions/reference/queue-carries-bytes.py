# ---
# clause: section:reference
# level: should
# includes: queue_round_trip.py
# features: queues, shareable
# description: a queue carries bytes with NUL and high bytes from main to a subinterpreter and back with type and value intact
# ---


def main():
    value = b'\x00\x01\xfe\xff'
    queue_round_trip(value)


if __name__ == "__main__":
    main()
