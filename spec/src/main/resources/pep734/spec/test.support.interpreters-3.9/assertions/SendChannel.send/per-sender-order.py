# ---
# clause: api:SendChannel.send
# level: must
# features: channels, threads
# description: two sub-interpreters send 50 items each into one channel at once; main receives all 100, each sender's items in order
# timeout: 120
# ---
import threading
import time
from test.support import interpreters

N = 50


def receive(r, count, threads, errors):
    """count items from r; fails at once when every sender has ended with an error, instead of waiting for ever."""
    got = []
    deadline = time.monotonic() + 90
    while len(got) < count:
        item = r.recv_nowait("<nothing yet>")
        if item != "<nothing yet>":
            got.append(item)
            continue
        if errors and not any(t.is_alive() for t in threads):
            raise AssertionError(f"the senders ended with errors after {len(got)} items: {errors!r}")
        assert time.monotonic() < deadline, f"only {len(got)} of {count} items arrived in 90 s"
        time.sleep(0.002)
    return got


def main():
    r, s = interpreters.create_channel()
    subs = [interpreters.create() for _ in range(2)]
    errors = []

    def run(interp, tag):
        try:
            interp.run(f"for i in range({N}):\n    out.send(f'{tag}:{{i}}')\n", channels={"out": s})
        except Exception as e:
            errors.append(e)

    threads = [threading.Thread(target=run, args=(sub, f"p{k}")) for k, sub in enumerate(subs)]
    try:
        for t in threads:
            t.start()
        got = receive(r, 2 * N, threads, errors)
        for t in threads:
            t.join(60)
        assert not errors, f"a sender failed: {errors!r}"
        assert r.recv_nowait("<empty>") == "<empty>", "more items arrived than were sent"
        for tag in ("p0", "p1"):
            seq = [int(item.split(":")[1]) for item in got if item.split(":")[0] == tag]
            assert seq == list(range(N)), (
                f"items of sender {tag} arrived as {seq[:10]}... ({len(seq)} items); expected 0..{N - 1} in order")
    finally:
        for sub in subs:
            sub.close()


if __name__ == "__main__":
    main()
