# ---
# clause: section:sendchannel-objects
# quote: The SendChannel object represents a sending channel.
# level: must
# features: channels
# description: the second item of create_channel() is a SendChannel that sends and cannot receive
# ---
from test.support import interpreters


def main():
    r, s = interpreters.create_channel()
    assert isinstance(s, interpreters.SendChannel), f"the second item is {type(s).__name__}; expected SendChannel"
    assert not hasattr(s, "recv") and not hasattr(s, "recv_nowait"), "a SendChannel offers receive methods"
    s.send_nowait(42)
    assert r.recv() == 42


if __name__ == "__main__":
    main()
