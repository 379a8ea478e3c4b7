# ---
# clause: section:recvchannel-objects
# quote: The RecvChannel object represents a recieving channel.
# level: must
# features: channels
# description: the first item of create_channel() is a RecvChannel that receives and cannot send
# ---
from test.support import interpreters


def main():
    pair = interpreters.create_channel()
    assert isinstance(pair, tuple) and len(pair) == 2, f"create_channel() returned {pair!r}; expected a pair"
    r, s = pair
    assert isinstance(r, interpreters.RecvChannel), f"the first item is {type(r).__name__}; expected RecvChannel"
    assert not hasattr(r, "send") and not hasattr(r, "send_nowait"), "a RecvChannel offers send methods"
    s.send_nowait(b"x")
    assert r.recv() == b"x"


if __name__ == "__main__":
    main()
