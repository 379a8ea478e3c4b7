# ---
# clause: api:SendChannel.send
# quote: Send the object obj to the receiving end of the channel and wait.
# level: must
# features: channels, threads
# description: send() does not return until the object has been received (a receiver that takes it 0.5 s later releases it)
# ---
import threading
import time
from test.support import interpreters


def main():
    r, s = interpreters.create_channel()
    done = []
    t = threading.Thread(target=lambda: (s.send(b"blocking"), done.append(time.monotonic())))
    t.start()
    time.sleep(0.5)
    assert t.is_alive() and not done, "send() returned although nobody received the object"
    received_at = time.monotonic()
    got = r.recv()
    t.join(10)
    assert not t.is_alive(), "send() still waits after the object was received"
    assert got == b"blocking", f"recv() returned {got!r}; expected b'blocking'"
    assert done and done[0] >= received_at, "send() returned before the object was received"


if __name__ == "__main__":
    main()
