package dev.pep734.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Min and median of the measured batches of one metric on one side (warm-up batches kept apart).
 *
 * @param unsupported why this side could not measure the metric (its operation raised), if it could not
 */
record Stats(double min, double median, double max, int count, List<Double> warmup, Optional<String> unsupported) {

    Stats {
        warmup = List.copyOf(warmup);
    }

    static Stats of(List<Double> measured, List<Double> warmup) {
        if (measured.isEmpty()) {
            return new Stats(Double.NaN, Double.NaN, Double.NaN, 0, warmup, Optional.empty());
        }
        List<Double> sorted = new ArrayList<>(measured);
        Collections.sort(sorted);
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        return new Stats(sorted.get(0), median, sorted.get(n - 1), n, warmup, Optional.empty());
    }

    /** No figure: the side reported the metric's operation as unsupported, for {@code reason}. */
    static Stats unsupported(String reason) {
        return new Stats(Double.NaN, Double.NaN, Double.NaN, 0, List.of(), Optional.of(reason));
    }

    /** The best measured value: the lowest for times, the highest for rates and speedups. */
    double best(Metric.Better better) {
        return better == Metric.Better.LOWER ? min : max;
    }

    boolean isEmpty() {
        return count == 0;
    }
}
