# ---
# clause: api:SendChannel.send_nowait
# quote: Similar to send(), but returns False if obj is not immediately received instead of blocking.
# level: must
# features: channels
# description: with no receiver waiting, send_nowait() returns False at once (not None, not an error) and the object is still delivered later
# ---
import time
from test.support import interpreters


def main():
    r, s = interpreters.create_channel()
    start = time.monotonic()
    result = s.send_nowait(b"queued")
    assert time.monotonic() - start < 5, "send_nowait() blocked"  # at once; 5 s is room for a loaded machine
    assert result is False, f"send_nowait() with nobody receiving returned {result!r}; expected False"
    got = r.recv_nowait(b"<empty>")
    assert got == b"queued", f"the object sent with send_nowait() was received as {got!r}"


if __name__ == "__main__":
    main()
