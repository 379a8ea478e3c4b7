# ---
# clause: api:SendChannel.send
# level: must
# features: channels, threads
# description: a sub-interpreter's send() (run() in a thread) waits until main receives; main gets the object unchanged
# includes: channel_ends.py
# ---
import threading
import time
from test.support import interpreters


def main():
    r, s = interpreters.create_channel()
    interp = interpreters.create()
    errors = []

    def run():
        try:
            interp.run("out.send(b'from-sub' * 2)\n")
        except Exception as e:
            errors.append(e)

    # The end is bound from this thread: CPython 3.12.1 cannot close an interpreter that first imported its
    # interpreters module on another thread (close() hangs), which is not what this test is about.
    interp.run(ends_source(out=s))
    t = threading.Thread(target=run)
    try:
        t.start()
        time.sleep(0.5)
        assert t.is_alive(), f"run() with a send() nobody received ended early (errors: {errors!r})"
        got = r.recv()
        t.join(30)
        assert not t.is_alive() and not errors, f"the sub-interpreter did not finish cleanly: {errors!r}"
        assert got == b"from-subfrom-sub", f"main received {got!r}"
    finally:
        if t.is_alive():
            r.recv_nowait(None)
            t.join(30)
        interp.close()


if __name__ == "__main__":
    main()
