# ---
# clause: api:create_channel
# level: must
# features: channels, threads
# description: recv() on an empty channel waits until an object is sent from another interpreter, then returns it
# ---
import threading
import time

import interpreters


def main():
    r, s = interpreters.create_channel()
    interp = interpreters.create()
    got = []
    t = threading.Thread(target=lambda: got.append(r.recv()))
    try:
        interp.prepare_main(ch=s)
        t.start()
        time.sleep(0.5)
        assert t.is_alive() and not got, f"recv() on an empty channel returned {got!r} instead of waiting"
        interp.exec("ch.send_nowait('late')\n")
        t.join(10)
        assert got == ["late"], f"recv() returned {got!r}; expected ['late']"
    finally:
        if t.is_alive():
            s.send_nowait("unblock")
            t.join(10)
        interp.close()


if __name__ == "__main__":
    main()
