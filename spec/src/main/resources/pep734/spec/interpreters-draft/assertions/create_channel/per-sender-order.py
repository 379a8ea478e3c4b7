# ---
# clause: api:create_channel
# level: must
# features: channels, threads
# description: two subinterpreters send 100 items each into one channel at once; main receives all 200, each sender's items in order
# timeout: 120
# ---
import interpreters

N = 100


def main():
    r, s = interpreters.create_channel()
    subs = [interpreters.create() for _ in range(2)]
    try:
        for sub in subs:
            sub.prepare_main(ch=s)
        threads = []
        for k, sub in enumerate(subs):
            sub.prepare_main(tag=f"p{k}", count=N)
            threads.append(sub.call_in_thread(run_produce))
        got = [r.recv() for _ in range(2 * N)]
        for t in threads:
            t.join(60)
        assert r.recv_nowait("<empty>") == "<empty>", "more items arrived than were sent"
        for tag in ("p0", "p1"):
            seq = [i for (who, i) in got if who == tag]
            assert seq == list(range(N)), (
                f"items of sender {tag} arrived as {seq[:10]}... ({len(seq)} items); expected 0..{N - 1} in order")
    finally:
        for sub in subs:
            sub.close()


def run_produce():
    import __main__
    for i in range(__main__.count):
        __main__.ch.send((__main__.tag, i))


if __name__ == "__main__":
    main()
