# ---
# clause: api:create_channel
# level: should
# includes: send_to_waiting_receiver.py
# features: channels, threads
# description: send_nowait() returns False when nobody waits (the object stays queued for a later recv) and True when a receiver is blocked in recv() (as test.support.channels documents it; CPython 3.14.3 returns None, see errata.txt)
# ---
import interpreters


def main():
    r, s = interpreters.create_channel()
    result = s.send_nowait(b"queued")
    assert result is False, f"send_nowait() with nobody receiving returned {result!r}; expected False"
    assert r.recv_nowait(None) == b"queued", "the object sent with send_nowait() was lost"
    result = send_nowait_to_waiting_receiver(r, s, b"handed")
    assert result is True, f"send_nowait() to a waiting receiver returned {result!r}; expected True"


if __name__ == "__main__":
    main()
