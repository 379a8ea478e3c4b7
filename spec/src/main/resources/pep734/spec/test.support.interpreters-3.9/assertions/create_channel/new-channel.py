# ---
# clause: api:create_channel
# quote: Create a new channel for passing data between interpreters.
# level: must
# features: channels
# description: each call makes a new, empty channel: objects sent into one are not received from another
# ---
from test.support import interpreters


def main():
    r1, s1 = interpreters.create_channel()
    r2, s2 = interpreters.create_channel()
    assert r1.recv_nowait("<empty>") == "<empty>", "a new channel is not empty"
    s1.send_nowait(b"one")
    assert r2.recv_nowait("<empty>") == "<empty>", "an object sent into one channel came out of another"
    assert r1.recv_nowait("<empty>") == b"one"


if __name__ == "__main__":
    main()
