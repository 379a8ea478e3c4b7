# ---
# clause: api:ChannelEmptyError
# quote: This exception is a subclass of ChannelError, and is raised when the channel is unexpectedly empty.
# level: must
# features: channels, errors
# description: recv_nowait() without a default on an empty channel raises ChannelEmptyError (see erratum recv-nowait-none-means-no-default); the channel still works after
# ---
from test.support import interpreters


def main():
    r, s = interpreters.create_channel()
    try:
        got = r.recv_nowait()
    except interpreters.ChannelEmptyError as e:
        assert isinstance(e, interpreters.ChannelError), "ChannelEmptyError raised is not a ChannelError"
    except Exception as e:
        raise AssertionError(f"recv_nowait() on an empty channel raised {type(e).__name__}: {e}; "
                             "expected ChannelEmptyError")
    else:
        raise AssertionError(f"recv_nowait() on an empty channel returned {got!r}; expected ChannelEmptyError")
    s.send_nowait(b"after")
    assert r.recv_nowait() == b"after", "the channel did not work after ChannelEmptyError"


if __name__ == "__main__":
    main()
