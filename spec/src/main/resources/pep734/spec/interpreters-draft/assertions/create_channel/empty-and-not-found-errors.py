# ---
# clause: api:create_channel
# level: must
# features: channels, errors
# description: recv_nowait() on an empty channel raises ChannelEmptyError (with a default it returns the default); ends of an unknown channel ID raise ChannelNotFoundError
# ---
import interpreters.channels as channels

import interpreters


def expect(error, what, action):
    try:
        got = action()
    except error:
        return
    except Exception as e:
        raise AssertionError(f"{what} raised {type(e).__name__}: {e}; expected {error.__name__}")
    raise AssertionError(f"{what} returned {got!r}; expected {error.__name__}")


def main():
    r, s = interpreters.create_channel()
    expect(channels.ChannelEmptyError, "recv_nowait() on an empty channel", r.recv_nowait)
    assert r.recv_nowait("dflt") == "dflt", "recv_nowait(default) on an empty channel did not return the default"
    for cls in (channels.ChannelEmptyError, channels.ChannelNotFoundError, channels.ChannelClosedError):
        assert issubclass(cls, channels.ChannelError), f"{cls.__name__} is not a ChannelError"
    missing = 10**6
    expect(channels.ChannelNotFoundError, "RecvChannel(unknown).recv_nowait()", lambda: channels.RecvChannel(missing).recv_nowait())
    expect(channels.ChannelNotFoundError, "SendChannel(unknown).send_nowait()", lambda: channels.SendChannel(missing).send_nowait(b"x"))
    s.send_nowait(b"still works")
    assert r.recv_nowait() == b"still works"


if __name__ == "__main__":
    main()
