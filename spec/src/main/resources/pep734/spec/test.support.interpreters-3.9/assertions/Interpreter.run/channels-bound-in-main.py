# ---
# clause: api:Interpreter.run
# quote: This blocks the current thread until done. channels should be in the form : (RecvChannel, SendChannel).
# level: must
# features: channels
# description: channels={'r': RecvChannel, 's': SendChannel} makes the ends usable by those names in the sub-interpreter (see erratum run-channels-is-a-mapping)
# ---
from test.support import interpreters


def main():
    r_in, s_in = interpreters.create_channel()
    r_out, s_out = interpreters.create_channel()
    interp = interpreters.create()
    try:
        s_in.send_nowait(b"ping")
        interp.run("msg = inbox.recv()\noutbox.send_nowait(msg + b'-pong')\n",
                   channels={"inbox": r_in, "outbox": s_out})
        got = r_out.recv_nowait(b"<nothing>")
        assert got == b"ping-pong", f"the sub-interpreter answered {got!r}; expected b'ping-pong'"
    finally:
        interp.close()


if __name__ == "__main__":
    main()
