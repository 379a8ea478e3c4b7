# ---
# clause: api:create_channel
# level: should
# features: channels, errors
# description: send_nowait() of an object that can be neither shared nor pickled (a lock) raises NotShareableError and puts nothing in the channel
# ---
import threading

import interpreters


def main():
    r, s = interpreters.create_channel()
    try:
        s.send_nowait(threading.Lock())
    except interpreters.NotShareableError:
        pass
    else:
        raise AssertionError("send_nowait(threading.Lock()) was accepted")
    got = r.recv_nowait("<empty>")
    assert got == "<empty>", f"a refused object left {got!r} in the channel"


if __name__ == "__main__":
    main()
