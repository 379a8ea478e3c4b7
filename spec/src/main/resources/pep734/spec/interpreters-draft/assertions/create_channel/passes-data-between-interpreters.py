# ---
# clause: api:create_channel
# quote: Create a new channel for passing data between interpreters.
# level: must
# features: channels
# description: channel ends passed to a subinterpreter with prepare_main carry objects main -> sub and sub -> main, in order and intact
# ---
import interpreters


def main():
    r_in, s_in = interpreters.create_channel()
    r_out, s_out = interpreters.create_channel()
    interp = interpreters.create()
    try:
        interp.prepare_main(inbox=r_in, outbox=s_out)
        for item in (b"a", "b", 3, (4, None)):
            s_in.send_nowait(item)
        interp.exec("for _ in range(4):\n    outbox.send_nowait(repr(inbox.recv()))\n")
        got = [r_out.recv() for _ in range(4)]
        assert got == ["b'a'", "'b'", "3", "(4, None)"], f"the subinterpreter saw and sent back {got!r}"
        assert r_out.recv_nowait("<empty>") == "<empty>", "more came back than was sent"
    finally:
        interp.close()


if __name__ == "__main__":
    main()
