# ---
# clause: api:ChannelError
# quote: This exception is a subclass of Exception, and is the base class for all channel-related exceptions.
# level: must
# features: channels, errors
# description: ChannelError is an Exception; the errors real channel misuse raises (unknown channel, empty channel) are caught by except ChannelError
# includes: raising.py
# ---
from test.support import interpreters


def main():
    assert issubclass(interpreters.ChannelError, Exception)
    # A documented channel error the module lacks fails its own existence check; here each one it has is checked.
    for n in ("ChannelNotFoundError", "ChannelEmptyError", "ChannelNotEmptyError", "NotReceivedError"):
        cls = getattr(interpreters, n, None)
        assert cls is None or issubclass(cls, interpreters.ChannelError), f"{n} is not a ChannelError"
    r, s = interpreters.create_channel()
    misuse = (("recv_nowait() on an empty channel", r.recv_nowait),
              ("send_nowait() into a channel that does not exist",
               lambda: interpreters.SendChannel(10**6).send_nowait(b"x")))
    for what, action in misuse:
        with must_raise(interpreters.ChannelError, what):
            action()


if __name__ == "__main__":
    main()
