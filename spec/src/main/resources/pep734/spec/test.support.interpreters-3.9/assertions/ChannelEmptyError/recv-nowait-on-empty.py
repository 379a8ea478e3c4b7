# ---
# clause: api:ChannelEmptyError
# quote: This exception is a subclass of ChannelError, and is raised when the channel is unexpectedly empty.
# level: must
# features: channels, errors
# description: recv_nowait() without a default on an empty channel raises ChannelEmptyError (see erratum recv-nowait-none-means-no-default); the channel still works after
# includes: raising.py
# ---
from test.support import interpreters


def main():
    r, s = interpreters.create_channel()
    with must_raise(interpreters.ChannelEmptyError, "recv_nowait() on an empty channel") as raised:
        raised.returned = r.recv_nowait()
    assert isinstance(raised.error, interpreters.ChannelError), "ChannelEmptyError raised is not a ChannelError"
    s.send_nowait(b"after")
    assert r.recv_nowait() == b"after", "the channel did not work after ChannelEmptyError"


if __name__ == "__main__":
    main()
