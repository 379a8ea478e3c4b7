# Memory per idle interpreter: the harness measures (heap, resident) before and after 50 interpreters are
# created, while this script waits, and divides by the count it is told in the probe label.
from concurrent import interpreters

import _bench

COUNT = 50


def main():
    args = _bench.args()
    for index, warm in args.batches():
        phase = 'warmup' if warm else 'measured'
        _bench.probe(f'before {index} {phase}')
        made = [interpreters.create() for _ in range(COUNT)]
        _bench.probe(f'after {index} {phase} {len(made)}')
        for interp in made:
            interp.close()


if __name__ == '__main__':
    main()
