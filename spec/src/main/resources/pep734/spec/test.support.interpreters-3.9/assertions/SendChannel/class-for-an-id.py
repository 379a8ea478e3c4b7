# ---
# clause: api:SendChannel
# quote: This class represents the sending end of a channel.
# level: should
# features: channels
# description: SendChannel(id) built from a channel's ID sends into that channel and no other
# ---
from test.support import interpreters


def main():
    r1, s1 = interpreters.create_channel()
    r2, s2 = interpreters.create_channel()
    interpreters.SendChannel(s2.id).send_nowait("to-two")
    assert r1.recv_nowait("<empty>") == "<empty>", "SendChannel(id of channel 2) delivered into channel 1"
    got = r2.recv_nowait("<empty>")
    assert got == "to-two", f"channel 2 received {got!r}; expected 'to-two'"


if __name__ == "__main__":
    main()
