# ---
# clause: section:interp-object-sharing
# quote: Nearly all of the immutable builtin objects are either directly shared or copied efficiently.
# level: must
# includes: queue_round_trip.py
# features: queues, shareable
# description: str values (empty, non-ASCII, astral, lone surrogates, a surrogate pair of two code points, NUL) cross a queue and back exactly
# ---
# repr() escapes surrogates and NUL, so equal reprs mean the same code points ('\ud83d\ude00' is two code
# points, not the one character U+1F600).
VALUES = ("", "ascii", "h\u00e9 \u00df", "\U0001F600", "\ud800", "\udfff", "a\ud800b", "\ud83d\ude00", "nul\x00end")


if __name__ == "__main__":
    for value in VALUES:
        queue_round_trip(value)
    queue_round_trip(VALUES)
