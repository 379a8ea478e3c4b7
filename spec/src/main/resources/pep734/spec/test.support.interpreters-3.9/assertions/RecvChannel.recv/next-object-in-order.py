# ---
# clause: api:RecvChannel.recv
# quote: Get the next object from the channel, and wait if none have been sent.
# level: must
# features: channels
# description: recv() returns the sent objects one at a time, oldest first, with equal values (bytes, str, int, None)
# ---
from test.support import interpreters

ITEMS = [b"spam", "eggs", 0, -(2**40), None, b"", "\u00e9t\u00e9"]


def main():
    r, s = interpreters.create_channel()
    for item in ITEMS:
        s.send_nowait(item)
    got = [r.recv() for _ in ITEMS]
    assert got == ITEMS, f"recv() returned {got!r}; sent {ITEMS!r} (same values, same order)"
    assert [type(x) for x in got] == [type(x) for x in ITEMS], "types changed on the way"
    assert r.recv_nowait("<empty>") == "<empty>", "the channel holds more than was sent"


if __name__ == "__main__":
    main()
