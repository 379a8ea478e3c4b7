# The HOWTO's GIL probes: GIL_HOLDER keeps its interpreter inside one long builtin call that never lets go of
# its GIL (sum over a range in C, sized to last at least ~0.3 s) and puts (t0, t1, n) on the queue `out` of
# its __main__; samples_inside_hold() keeps the clock samples that another interpreter took in the middle half
# of that call. Had the two interpreters one GIL, there would be none. assert_ran_during_hold() repeats a probe
# a few times: a loaded machine may once leave the sampling thread without a core for a whole hold, but a
# shared GIL leaves it without samples in every round.

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
