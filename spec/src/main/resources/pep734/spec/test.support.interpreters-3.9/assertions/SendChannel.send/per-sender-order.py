# ---
# clause: api:SendChannel.send
# level: must
# features: channels, threads
# description: two sub-interpreters send 10 items each into one channel at once; main receives all 20, each sender's items in order
# timeout: 120
# includes: channel_ends.py
# ---
import threading
import time
from test.support import interpreters

# Ten each: enough to interleave, and CPython 3.10-3.12 spend a fixed 2 s in every send() (their send() has no
# wait for the receiver and sleeps instead), so 20 sends take 20 s there.
N = 10


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
            interp.run(f"for i in range({N}):\n    out.send(f'{tag}:{{i}}')\n")
        except Exception as e:
            errors.append(e)

    # The ends are bound from this thread: CPython 3.12.1 cannot close an interpreter that first imported its
    # interpreters module on another thread (close() hangs), which is not what this test is about.
    for sub in subs:
        sub.run(ends_source(out=s))
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
