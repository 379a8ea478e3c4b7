# ---
# clause: api:create_channel
# level: should
# features: channels
# description: recv(timeout=1) on an empty channel and send(obj, timeout=1) with nobody receiving raise TimeoutError after about a second; the timed-out object is not delivered
# timeout: 60
# ---
import time

import interpreters


def main():
    r, s = interpreters.create_channel()
    for what, action in (("recv(timeout=1)", lambda: r.recv(timeout=1)),
                         ("send(obj, timeout=1)", lambda: s.send(b"never taken", timeout=1))):
        start = time.monotonic()
        try:
            action()
        except TimeoutError:
            took = time.monotonic() - start
            assert 0.8 <= took < 10, f"{what} gave up after {took:.2f} s; expected about 1 s"
        else:
            raise AssertionError(f"{what} returned although nothing could complete it")
    got = r.recv_nowait("<empty>")
    assert got == "<empty>", f"the object whose send() timed out was delivered anyway: {got!r}"


if __name__ == "__main__":
    main()
