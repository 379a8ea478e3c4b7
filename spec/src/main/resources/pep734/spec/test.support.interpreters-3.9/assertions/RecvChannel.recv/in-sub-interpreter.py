# ---
# clause: api:RecvChannel.recv
# level: must
# features: channels, threads
# description: a sub-interpreter blocked in recv() (run() in a thread) gets the object main sends later and answers on a second channel
# includes: channel_ends.py
# ---
import threading
import time
from test.support import interpreters


def main():
    r_in, s_in = interpreters.create_channel()
    r_out, s_out = interpreters.create_channel()
    interp = interpreters.create()
    errors = []

    def run():
        try:
            interp.run("obj = inbox.recv()\noutbox.send_nowait(obj * 3)\n")
        except Exception as e:
            errors.append(e)

    # The ends are bound from this thread: CPython 3.12.1 cannot close an interpreter that first imported its
    # interpreters module on another thread (close() hangs), which is not what this test is about.
    interp.run(ends_source(inbox=r_in, outbox=s_out))
    t = threading.Thread(target=run)
    try:
        t.start()
        time.sleep(0.5)
        assert t.is_alive(), f"the sub-interpreter's recv() did not wait for an object (errors: {errors!r})"
        s_in.send_nowait(b"ab")
        t.join(30)
        assert not t.is_alive() and not errors, f"the sub-interpreter did not finish cleanly: {errors!r}"
        got = r_out.recv_nowait(b"<empty>")
        assert got == b"ababab", f"the sub-interpreter answered {got!r}; expected b'ababab'"
    finally:
        if t.is_alive():
            s_in.send_nowait(b"x")
            t.join(30)
        interp.close()


if __name__ == "__main__":
    main()
