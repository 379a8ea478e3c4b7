# ---
# clause: api:create_channel
# quote: Create a new channel for passing data between interpreters.
# level: must
# features: channels
# description: a channel created in a sub-interpreter carries data back to main through an end main handed in
# includes: channel_ends.py
# ---
from test.support import interpreters


def main():
    r, s = interpreters.create_channel()
    interp = interpreters.create()
    try:
        interp.run(ends_source(out=s) + "from test.support import interpreters\n"
                   "r2, s2 = interpreters.create_channel()\n"
                   "s2.send_nowait(b'inner')\n"
                   "out.send_nowait(r2.recv())\n")
        got = r.recv_nowait("<empty>")
        assert got == b"inner", f"main received {got!r}; expected b'inner'"
    finally:
        interp.close()


if __name__ == "__main__":
    main()
