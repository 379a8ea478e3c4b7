# ---
# clause: api:ChannelNotFoundError
# quote: This exception is a subclass of ChannelError, and is raised when the the identified channel is not found.
# level: must
# features: channels, errors
# description: send_nowait, send, recv_nowait and recv on ends whose ID names no channel raise ChannelNotFoundError at once
# timeout: 60
# ---
from test.support import interpreters

MISSING = 10**6


def main():
    r = interpreters.RecvChannel(MISSING)
    s = interpreters.SendChannel(MISSING)
    actions = (("SendChannel(missing).send_nowait()", lambda: s.send_nowait(b"x")),
               ("SendChannel(missing).send()", lambda: s.send(b"x")),
               ("RecvChannel(missing).recv_nowait()", lambda: r.recv_nowait()),
               ("RecvChannel(missing).recv_nowait(default)", lambda: r.recv_nowait(b"d")),
               ("RecvChannel(missing).recv()", lambda: r.recv()))
    for what, action in actions:
        try:
            got = action()
        except interpreters.ChannelNotFoundError:
            continue
        except Exception as e:
            raise AssertionError(f"{what} raised {type(e).__name__}: {e}; expected ChannelNotFoundError")
        raise AssertionError(f"{what} returned {got!r}; expected ChannelNotFoundError")


if __name__ == "__main__":
    main()
