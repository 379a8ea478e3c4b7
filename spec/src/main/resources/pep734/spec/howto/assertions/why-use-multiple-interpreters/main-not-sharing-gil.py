# ---
# clause: section:why-use-multiple-interpreters
# quote: As of Python 3.12, isolation has been fixed, to the point that interpreters in the same process no longer even share the GIL (global interpreter lock).
# includes: gil_hold.py
# level: must
# features: threads, parallelism
# timeout: 180
# description: the main interpreter keeps running Python code while a subinterpreter is inside a long call that holds its GIL
# ---
# Structure, not speed: the subinterpreter spends a long time inside one builtin call that never lets go of
# its GIL (sum over a range in C), while the main interpreter samples the clock in a Python loop. Had they one
# GIL, the main interpreter could not run a bytecode during that call; with a GIL each it keeps running
# whenever the OS gives its thread a core. Check: main took samples in the middle half of the call.
# Signals go through a queue and the thread's liveness only (no shared memory), so that an implementation is
# judged here on its GILs alone, and a broken one fails within the deadline instead of hanging. Up to three
# rounds: one without a sample can be the OS scheduler, three are the GIL.
import threading
import time
from concurrent import interpreters

HOLDER = """
go.get()                          # the main interpreter is about to sample
""" + GIL_HOLDER


def main():
    sub = interpreters.create()
    go = interpreters.create_queue()
    out = interpreters.create_queue()
    try:
        sub.prepare_main(go=go, out=out)

        def probe():
            errors = []

            def run():
                try:
                    sub.exec(HOLDER)
                except Exception as exc:
                    errors.append(exc)

            t = threading.Thread(target=run)
            t.start()
            samples = []
            last = 0.0
            deadline = time.monotonic() + 50
            go.put(1)
            while t.is_alive() and time.monotonic() < deadline:
                now = time.monotonic()
                if now - last >= 0.001:
                    samples.append(now)
                    last = now
            t.join(30)
            assert not t.is_alive(), "the subinterpreter did not finish"
            assert not errors, f"running the subinterpreter failed: {errors!r}"
            return samples, out.get(timeout=10)

        assert_ran_during_hold(probe, "the main interpreter could not run while the subinterpreter held its GIL, "
                                      "so they share one GIL")
    finally:
        sub.close()


if __name__ == "__main__":
    main()
