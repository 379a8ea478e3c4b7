# ---
# clause: section:multiple-interpreters-howto
# quote: Furthermore, each interpreter has its own GIL, so they provide true multi-core parallelism.
# includes: gil_hold.py
# level: must
# features: threads, parallelism
# timeout: 180
# description: one interpreter keeps running Python code while another is inside a long call that holds its GIL
# ---
# Structure, not speed: interpreter B spends a long time inside one builtin call that never lets go of
# its GIL (sum over a range in C). Interpreter A, in another thread, samples the clock in a Python loop the
# whole time. If the two shared one GIL, A could not run a single bytecode while B is in that call; with a
# GIL each, A keeps running whenever the OS gives its thread a core (on a loaded machine too, just less
# often). The check: A took samples well inside B's call (its middle half), not only before and after, in
# one of up to three rounds (one round without can be the OS scheduler, three are the GIL).
import threading
from concurrent import interpreters

SAMPLER = """
import time
samples = []
last = 0.0
state[1] = 1                      # A is looping
while not state[0]:               # until B has left its long call
    now = time.monotonic()
    if now - last >= 0.001:
        samples.append(now)
        last = now
out.put(samples)
"""

HOLDER = """
import time
while not state[1]:               # wait until A is looping
    time.sleep(0.001)
""" + GIL_HOLDER + """
state[0] = 1
"""


def main():
    a = interpreters.create()
    b = interpreters.create()
    out_a = interpreters.create_queue()
    out_b = interpreters.create_queue()
    try:
        def probe():
            state = bytearray(2)  # [0]: B done, [1]: A looping; shared through memoryviews
            view = memoryview(state)
            a.prepare_main(state=view, out=out_a)
            b.prepare_main(state=view, out=out_b)
            errors = []

            def run(interp, code):
                try:
                    interp.exec(code)
                except Exception as exc:  # reported below
                    errors.append(exc)
                    state[0] = 1
                    state[1] = 1

            ta = threading.Thread(target=run, args=(a, SAMPLER))
            tb = threading.Thread(target=run, args=(b, HOLDER))
            ta.start()
            tb.start()
            tb.join(50)
            ta.join(50)
            assert not ta.is_alive() and not tb.is_alive(), "the two interpreters did not finish within 50 s"
            assert not errors, f"running the interpreters failed: {errors!r}"
            hold = out_b.get(timeout=10)
            return out_a.get(timeout=10), hold

        assert_ran_during_hold(probe, "interpreter A could not run while interpreter B held its GIL, so the "
                                      "interpreters share one GIL (no true parallelism)")
    finally:
        a.close()
        b.close()


if __name__ == "__main__":
    main()
