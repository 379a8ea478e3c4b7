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

    /**
     * "met", "missed" (also when the reference does not support the operation), "-" when no issue sets a target,
     * or "not measured" when a side has no figure otherwise (a script left out with {@code bench.only}, or an
     * operation CPython does not support): a metric nobody measured is not missed.
     */
    String verdict() {
        if (metric.target().isEmpty()) {
            return "-";
        }
        Metric.Target t = metric.target().get();
        if (reference.unsupported().isPresent()) {
            return "missed";
        }
        if (reference.isEmpty() || (!t.absolute() && cpython.isEmpty())) {
            return "not measured";
        }
        return t.met(ratio(), reference.median()) ? "met" : "missed";
    }
}
