# GIL probes (HOWTO and 3.14.3 profiles): GIL_HOLDER keeps its interpreter inside one long builtin call that never lets go of
# its GIL (sum over a range in C, sized to last at least ~0.3 s) and puts (t0, t1, n) on the queue `out` of
# its __main__; samples_inside_hold() keeps the clock samples that another interpreter took in the middle half
# of that call. Had the two interpreters one GIL, there would be none. assert_ran_during_hold() repeats a probe
# a few times: a loaded machine may once leave the sampling thread without a core for a whole hold, but a
# shared GIL leaves it without samples in every round. check_main_runs_while_sub_holds_gil() is a whole check
# built on them, for every document that says interpreters do not share the GIL.
import threading as _gil_threading
import time as _gil_time
from concurrent import interpreters as _gil_interpreters

GIL_HOLDER = """
import time
n = 10 ** 6
while True:                       # size the call: at least ~0.3 s of one uninterrupted C call
    t0 = time.monotonic()
    sum(range(n))
    t1 = time.monotonic()
    if t1 - t0 >= 0.3 or n >= 10 ** 10:
        break
    n *= 4
out.put((t0, t1, n))
"""


def samples_inside_hold(samples, hold):
    """The samples (time.monotonic() values) in the middle half of the hold (t0, t1, n) GIL_HOLDER reported."""
    t0, t1, _ = hold
    span = t1 - t0
    return [s for s in samples if t0 + span / 4 <= s <= t1 - span / 4]


def assert_ran_during_hold(probe, verdict, rounds=3):
    """Runs probe() -> (samples, hold) until one round has samples inside the hold, at most `rounds` times;
    fails with `verdict` and every round's figures if none had."""
    misses = []
    for _ in range(rounds):
        samples, hold = probe()
        if samples_inside_hold(samples, hold):
            return
        t0, t1, n = hold
        misses.append(f"{len(samples)} samples, none in the middle half of the {t1 - t0:.3f} s call sum(range({n}))")
    raise AssertionError(f"{verdict} (in each of {rounds} rounds: " + "; ".join(misses) + ")")


_GIL_HOLDER_AFTER_GO = """
go.get()                          # the main interpreter is about to sample
""" + GIL_HOLDER


def check_main_runs_while_sub_holds_gil():
    """The main interpreter keeps running Python code while a subinterpreter is inside a long call that holds
    its GIL."""
    # Structure, not speed: the subinterpreter spends a long time inside one builtin call that never lets go of
    # its GIL (sum over a range in C), while the main interpreter samples the clock in a Python loop. Had they one
    # GIL, the main interpreter could not run a bytecode during that call; with a GIL each it keeps running
    # whenever the OS gives its thread a core. Check: main took samples in the middle half of the call.
    # Signals go through a queue and the thread's liveness only (no shared memory), so that an implementation is
    # judged here on its GILs alone, and a broken one fails within the deadline instead of hanging. Up to three
    # rounds: one without a sample can be the OS scheduler, three are the GIL.
    sub = _gil_interpreters.create()
    go = _gil_interpreters.create_queue()
    out = _gil_interpreters.create_queue()
    try:
        sub.prepare_main(go=go, out=out)

        def probe():
            errors = []

            def run():
                try:
                    sub.exec(_GIL_HOLDER_AFTER_GO)
                except Exception as exc:
                    errors.append(exc)

            t = _gil_threading.Thread(target=run)
            t.start()
            samples = []
            last = 0.0
            deadline = _gil_time.monotonic() + 50
            go.put(1)
            while t.is_alive() and _gil_time.monotonic() < deadline:
                now = _gil_time.monotonic()
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
