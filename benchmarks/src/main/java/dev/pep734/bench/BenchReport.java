package dev.pep734.bench;

import java.util.List;
import java.util.Locale;

/**
 * Everything one benchmark run found, with the facts a reader needs to trust it.
 *
 * @param machine processor count, OS, load average at the start
 * @param machineSpeedup two plain Java threads, parallel vs sequential, at the start (see {@link MachineBaseline})
 */
record BenchReport(String startedAt, String machine, double machineSpeedup, String cpython, String reference,
                   Settings settings, List<Comparison> comparisons) {

    BenchReport {
        comparisons = List.copyOf(comparisons);
    }

    /** A number with about three significant digits, as people read them in a table. */
    static String number(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        double a = Math.abs(v);
        if (a >= 100_000) {
            return String.format(Locale.ROOT, "%.3g", v).replace("e+0", "e").replace("e+", "e");
        }
        if (a >= 100) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        if (a >= 10) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        if (a >= 0.01) {
            return String.format(Locale.ROOT, "%.2f", v);
        }
        return String.format(Locale.ROOT, "%.2g", v);
    }
}
