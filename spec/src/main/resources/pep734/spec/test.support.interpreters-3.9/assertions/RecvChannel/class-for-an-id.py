# ---
# clause: api:RecvChannel
# quote: This class represents the receiving end of a channel.
# level: should
# features: channels
# description: RecvChannel(id) built from a channel's ID (its .id, as in CPython) receives what that channel's send end sends, once
# ---
from test.support import interpreters


def main():
    r, s = interpreters.create_channel()
    other = interpreters.RecvChannel(r.id)
    s.send_nowait(b"via-id")
    got = other.recv_nowait(b"<empty>")
    assert got == b"via-id", f"RecvChannel(id) of the channel received {got!r}; expected b'via-id'"
    assert r.recv_nowait(b"<empty>") == b"<empty>", "the item was received twice (once per RecvChannel object)"


if __name__ == "__main__":
    main()
