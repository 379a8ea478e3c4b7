# Memory per idle interpreter: the harness measures (heap, resident) before and after 50 interpreters are
# created, while this script waits, and divides by the count it is told in the probe label. At most two
# measured batches: 50 GraalPy contexts take minutes on a busy machine.
from concurrent import interpreters

import _bench

COUNT = 50


def main():
    args = _bench.args()
    for index, warm in args.batches()[:args.warmup + min(args.reps, 2)]:
        phase = 'warmup' if warm else 'measured'
        _bench.probe(f'before {index} {phase}')
        # A warm-up batch only pays one-time costs (first imports, the pool's first contexts): 5 are enough.
        made = [interpreters.create() for _ in range(COUNT // 10 if warm else COUNT)]
        _bench.probe(f'after {index} {phase} {len(made)}')
        for interp in made:
            interp.close()


if __name__ == '__main__':
    main()
