# ---
# clause: api:RecvChannel.recv
# quote: Get the next object from the channel, and wait if none have been sent.
# level: must
# features: channels, threads
# description: recv() on an empty channel waits until another thread sends (about 0.5 s later), then returns that object
# ---
import threading
import time
from test.support import interpreters


def main():
    r, s = interpreters.create_channel()
    got = []
    t = threading.Thread(target=lambda: got.append((r.recv(), time.monotonic())))
    start = time.monotonic()
    t.start()
    time.sleep(0.5)
    assert t.is_alive() and not got, f"recv() on an empty channel returned {got!r} instead of waiting"
    s.send_nowait(b"late")
    t.join(10)
    assert not t.is_alive(), "recv() did not return after an object was sent"
    assert got[0][0] == b"late", f"recv() returned {got[0][0]!r}; expected b'late'"
    assert got[0][1] - start >= 0.45, "recv() returned before the object was sent"


if __name__ == "__main__":
    main()
