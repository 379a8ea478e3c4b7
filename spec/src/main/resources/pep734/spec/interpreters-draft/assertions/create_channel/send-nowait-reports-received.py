# ---
# clause: api:create_channel
# level: should
# features: channels, threads
# description: send_nowait() returns False when nobody waits (the object stays queued for a later recv) and True when a receiver is blocked in recv() (as test.support.channels documents it; CPython 3.14.3 returns None, see errata.txt)
# ---
import threading
import time

import interpreters


def main():
    r, s = interpreters.create_channel()
    result = s.send_nowait(b"queued")
    assert result is False, f"send_nowait() with nobody receiving returned {result!r}; expected False"
    assert r.recv_nowait(None) == b"queued", "the object sent with send_nowait() was lost"
    # The receiver must be inside recv() when send_nowait() is called. A thread cannot say that it is, and a loaded
    # machine may start it late: each try gives it longer. A send_nowait() that never reports True fails every try.
    for wait in (0.5, 1, 2, 4, 8):
        got = []
        t = threading.Thread(target=lambda got=got: got.append(r.recv()))
        t.start()
        time.sleep(wait)
        result = s.send_nowait(b"handed")
        t.join(10)
        assert got == [b"handed"], f"the waiting receiver got {got!r}"
        if result is True:
            break
    assert result is True, f"send_nowait() to a waiting receiver returned {result!r}; expected True"


if __name__ == "__main__":
    main()
