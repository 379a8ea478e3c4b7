# ---
# clause: api:is_shareable
# level: must
# features: shareable, channels
# description: what is_shareable() calls shareable really passes through a channel to a sub-interpreter with its value intact
# includes: channel_ends.py
# ---
from test.support import interpreters


def main():
    values = [None, b"spam", "eggs", 12345, -1]
    assert all(interpreters.is_shareable(v) for v in values)
    r, s = interpreters.create_channel()
    r2, s2 = interpreters.create_channel()
    interp = interpreters.create()
    try:
        for v in values:
            s.send_nowait(v)
        interp.run(ends_source(inbox=r, back=s2) + f"for _ in range({len(values)}):\n    back.send_nowait(repr(inbox.recv()))\n")
        got = [r2.recv_nowait("<missing>") for _ in values]
        assert got == [repr(v) for v in values], f"the sub-interpreter saw {got!r}; sent {values!r}"
    finally:
        interp.close()


if __name__ == "__main__":
    main()
