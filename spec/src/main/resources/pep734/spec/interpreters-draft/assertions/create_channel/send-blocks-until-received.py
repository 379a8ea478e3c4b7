# ---
# clause: api:create_channel
# level: must
# features: channels, threads
# description: send() in a subinterpreter (call_in_thread) does not return until main receives the object 0.5 s later
# ---
import time

import interpreters


def sender():
    import time
    import __main__
    __main__.ch.send(b"handoff")
    __main__.done.send_nowait(time.time())


def main():
    r, s = interpreters.create_channel()
    r_done, s_done = interpreters.create_channel()
    interp = interpreters.create()
    try:
        interp.prepare_main(ch=s, done=s_done)
        t = interp.call_in_thread(sender)
        time.sleep(0.5)
        assert r_done.recv_nowait(None) is None, "send() returned although nobody received the object"
        assert t.is_alive(), "the sending thread ended before the object was received"
        received_at = time.time()
        got = r.recv()
        t.join(30)
        assert got == b"handoff", f"main received {got!r}"
        finished = r_done.recv_nowait(None)
        assert finished is not None and finished >= received_at - 0.05, (
            f"send() returned at {finished!r}, before the object was received at {received_at}")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
