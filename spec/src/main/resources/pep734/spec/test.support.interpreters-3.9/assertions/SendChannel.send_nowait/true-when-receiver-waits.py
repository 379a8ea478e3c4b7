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
    got = []
    t = threading.Thread(target=lambda: got.append(r.recv()))
    t.start()
    time.sleep(0.5)
    result = s.send_nowait(b"handed")
    t.join(10)
    assert got == [b"handed"], f"the waiting receiver got {got!r}"
    assert result is True, f"send_nowait() to a waiting receiver returned {result!r}; expected True (received)"


if __name__ == "__main__":
    main()
