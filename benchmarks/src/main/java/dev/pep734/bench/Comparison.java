package dev.pep734.bench;

/** One metric on both sides, and how the reference compares. */
record Comparison(Metric metric, Stats cpython, Stats reference) {

    /** reference median / CPython median (NaN when either side has no figure). */
    double ratio() {
        if (cpython.isEmpty() || reference.isEmpty() || cpython.median() == 0) {
            return Double.NaN;
        }
        return reference.median() / cpython.median();
    }

    /** How many times better the reference is (above 1) or worse (below 1), whatever the metric's direction. */
    double advantage() {
        double r = ratio();
        return metric.better() == Metric.Better.LOWER ? 1 / r : r;
    }

    /** "met", "missed", or "-" when the issue sets no target. */
    String verdict() {
        return metric.target().map(t -> t.met(ratio(), reference.median()) ? "met" : "missed").orElse("-");
    }
}
