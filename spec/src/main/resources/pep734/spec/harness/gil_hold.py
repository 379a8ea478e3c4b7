# The HOWTO's GIL probes: GIL_HOLDER keeps its interpreter inside one long builtin call that never lets go of
# its GIL (sum over a range in C, sized to last at least ~0.3 s) and puts (t0, t1, n) on the queue `out` of
# its __main__; samples_inside_hold() keeps the clock samples that another interpreter took in the middle half
# of that call. Had the two interpreters one GIL, there would be none.

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
