# ---
# clause: api:RecvChannel.recv_nowait
# quote: Like recv(), but return the default result instead of waiting.
# level: must
# features: channels
# description: recv_nowait(default) returns the default at once on an empty channel, and the next object (not the default) when there is one
# ---
import time
from test.support import interpreters


def main():
    r, s = interpreters.create_channel()
    marker = "<no item>"
    start = time.monotonic()
    got = r.recv_nowait(marker)
    assert got == marker, f"recv_nowait({marker!r}) on an empty channel returned {got!r}"
    assert time.monotonic() - start < 5, "recv_nowait() waited"  # at once; 5 s is room for a loaded machine
    got = r.recv_nowait(default=42)
    assert got == 42, f"recv_nowait(default=42) on an empty channel returned {got!r}"
    s.send_nowait(b"one")
    s.send_nowait(b"two")
    assert r.recv_nowait(marker) == b"one", "recv_nowait() did not return the oldest object"
    assert r.recv_nowait(marker) == b"two"
    assert r.recv_nowait(marker) == marker, "recv_nowait() invented an object"


if __name__ == "__main__":
    main()
