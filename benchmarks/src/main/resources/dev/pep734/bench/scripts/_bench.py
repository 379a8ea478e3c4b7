# Shared by the benchmark scripts (main interpreter only). The Java harness owns repetitions: it passes
# --warmup W --reps R --scale S, and reads one line per measured batch:
#   @@bench <TAB> metric <TAB> unit <TAB> warmup|measured <TAB> value
# A script that needs the outside view (JVM heap, process RSS) prints "@@probe <TAB> label" and waits for
# one line on stdin: the harness measures while the script is paused, then answers.
# A metric this implementation cannot measure (its operation raises) is reported once, and then skipped:
#   @@unsupported <TAB> metric <TAB> why (exception type and message, on one line)
import sys
import time

perf_counter = time.perf_counter


class Args:
    def __init__(self, argv):
        self.warmup = 1
        self.reps = 5
        self.scale = 1.0
        it = iter(argv)
        for flag in it:
            value = next(it)
            if flag == '--warmup':
                self.warmup = int(value)
            elif flag == '--reps':
                self.reps = int(value)
            elif flag == '--scale':
                self.scale = float(value)
            else:
                raise SystemExit(f'unknown option {flag}')

    def batches(self):
        """(index, is_warmup) for every batch, warm-up first."""
        return [(i, i < self.warmup) for i in range(self.warmup + self.reps)]

    def count(self, n):
        """An operation count scaled by --scale, at least 1."""
        return max(1, int(n * self.scale))


def args():
    return Args(sys.argv[1:])


def emit(metric, unit, warmup, value):
    phase = 'warmup' if warmup else 'measured'
    print(f'@@bench\t{metric}\t{unit}\t{phase}\t{value!r}', flush=True)


def probe(label):
    print(f'@@probe\t{label}', flush=True)
    sys.stdin.readline()


def per_op(seconds, n, unit):
    factor = {'s': 1.0, 'ms': 1e3, 'us': 1e6}[unit]
    return seconds * factor / n


_unsupported = set()


def attempt(metric, measure):
    """Runs measure() unless `metric` already failed here; if it raises, reports the metric as unsupported."""
    if metric in _unsupported:
        return
    try:
        measure()
    except Exception as e:
        _unsupported.add(metric)
        why = ' '.join(f'{type(e).__name__}: {e}'.split())[:300]
        print(f'@@unsupported\t{metric}\t{why}', flush=True)
