# ---
# clause: api:SendChannel.send_nowait
# level: should
# features: channels, threads
# description: with a receiver already blocked in recv(), send_nowait() hands the object over and returns True
# ---
import threading
import time
from test.support import interpreters


def main():
    r, s = interpreters.create_channel()
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
    assert result is True, f"send_nowait() to a waiting receiver returned {result!r}; expected True (received)"


if __name__ == "__main__":
    main()
