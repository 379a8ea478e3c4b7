# ---
# clause: api:SendChannel.send_nowait
# level: should
# includes: send_to_waiting_receiver.py
# features: channels, threads
# description: with a receiver already blocked in recv(), send_nowait() hands the object over and returns True
# ---
from test.support import interpreters


def main():
    r, s = interpreters.create_channel()
    result = send_nowait_to_waiting_receiver(r, s, b"handed")
    assert result is True, f"send_nowait() to a waiting receiver returned {result!r}; expected True (received)"


if __name__ == "__main__":
    main()
