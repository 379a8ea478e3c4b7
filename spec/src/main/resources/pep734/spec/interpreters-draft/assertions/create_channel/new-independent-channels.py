# ---
# clause: api:create_channel
# level: must
# features: channels
# description: each create_channel() makes a new empty channel; an object sent into one is received from that one only
# ---
import interpreters


def main():
    r1, s1 = interpreters.create_channel()
    r2, s2 = interpreters.create_channel()
    assert r1.recv_nowait("<empty>") == "<empty>" and r2.recv_nowait("<empty>") == "<empty>", "a new channel is not empty"
    s2.send_nowait("two")
    assert r1.recv_nowait("<empty>") == "<empty>", "an object sent into channel 2 came out of channel 1"
    assert r2.recv_nowait("<empty>") == "two"


if __name__ == "__main__":
    main()
