package dev.pep734.bench;

import java.util.List;
import java.util.Optional;

/**
 * One figure the benchmark compares, and its target as a ratio reference/CPython of medians measured in the same
 * run (or, for a speedup, as the reference's own value). The targets are issue #20's; where #20 sets none, issue
 * #8's; each target's text names its issue.
 *
 * @param id the name the scripts emit
 * @param label what a person reads in the table
 * @param script the benchmark script that measures it
 * @param target empty when the issue sets none
 */
record Metric(String id, String label, String unit, String script, Better better, Optional<Target> target) {

    /** Which direction is good. */
    enum Better { LOWER, HIGHER }

    /**
     * A target.
     *
     * @param absolute whether {@code bound} applies to the reference's own median (a speedup) instead of the ratio
     * @param atMost whether the value must stay at or below {@code bound} (else at or above)
     * @param text how the issue words it
     */
    record Target(double bound, boolean absolute, boolean atMost, String text) {

        boolean met(double ratio, double referenceMedian) {
            double v = absolute ? referenceMedian : ratio;
            return !Double.isNaN(v) && (atMost ? v <= bound : v >= bound);
        }
    }

    static Optional<Target> ratioAtMost(double bound, String text) {
        return Optional.of(new Target(bound, false, true, text));
    }

    static Optional<Target> ratioAtLeast(double bound, String text) {
        return Optional.of(new Target(bound, false, false, text));
    }

    /** Every metric, in the order of the table. */
    static final List<Metric> ALL = List.of(
            new Metric("create_idle", "create() after an idle pause", "ms", "latency", Better.LOWER,
                    ratioAtMost(1.0, "no slower (#8)")),
            new Metric("create_burst", "create() in a burst of 5", "ms", "latency", Better.LOWER,
                    ratioAtMost(3.0, "at most 3x (#20)")),
            new Metric("create_close", "create() + close()", "ms", "latency", Better.LOWER, Optional.empty()),
            new Metric("exec_pass", "exec('pass')", "us", "latency", Better.LOWER, ratioAtMost(1.0, "no slower (#20)")),
            new Metric("call_noop", "call(noop)", "us", "latency", Better.LOWER,
                    ratioAtMost(1.5, "at most 1.5x (#20)")),
            new Metric("prepare_main10", "prepare_main(10 small values)", "us", "latency", Better.LOWER,
                    ratioAtMost(2.0, "at most 2x (#20)")),
            new Metric("queue_roundtrip_blocking", "queue round trip, blocking get() both sides", "us", "queues",
                    Better.LOWER, ratioAtMost(0.02, "at least 50x faster (#8)")),
            new Metric("oneway_int", "one-way throughput, int", "items/s", "queues", Better.HIGHER,
                    ratioAtLeast(0.25, "at least 1/4 (#20)")),
            new Metric("oneway_bytes100", "one-way throughput, 100-byte bytes", "items/s", "queues", Better.HIGHER,
                    ratioAtLeast(0.25, "at least 1/4 (#20)")),
            new Metric("oneway_bytes1m", "one-way throughput, 1 MiB bytes", "items/s", "queues", Better.HIGHER,
                    ratioAtLeast(0.5, "at least 1/2 (#20)")),
            new Metric("memoryview_64m", "64 MiB memoryview: sub writes, main reads", "MiB/s", "queues", Better.HIGHER,
                    ratioAtLeast(0.5, "at least 1/2 (#20)")),
            new Metric("cpu_loop", "CPU-bound Python loop in a subinterpreter", "Mloops/s", "parallel", Better.HIGHER,
                    Optional.empty()),
            new Metric("parallel_speedup", "2 interpreters on 2 threads vs one after the other", "x", "parallel",
                    Better.HIGHER, Optional.of(new Target(1.8, true, false, "reference speedup at least 1.8 (#8)"))),
            new Metric("pool_speedup", "InterpreterPoolExecutor(2), 8 tasks vs sequential", "x", "parallel",
                    Better.HIGHER, Optional.empty()),
            new Metric("mem_per_interp", "memory per idle interpreter (50): CPython resident, reference heap",
                    "KiB", "memory", Better.LOWER, ratioAtMost(3.0, "at most 3x (#20)")),
            new Metric("mem_resident", "resident size growth per idle interpreter (50)", "KiB", "memory",
                    Better.LOWER, Optional.empty()),
            new Metric("mem_heap", "JVM heap per idle interpreter (50)", "KiB", "memory", Better.LOWER,
                    Optional.empty()),
            new Metric("tck_wall", "whole TCK run, each side's last summary.txt (profiles differ)", "s", "tck",
                    Better.LOWER, Optional.empty()),
            new Metric("tck_per_test", "TCK time per test (profiles differ)", "ms", "tck", Better.LOWER,
                    Optional.empty()));

    /** The scripts to run, each once per side, in order. */
    static List<String> scripts() {
        return ALL.stream().map(Metric::script).filter(s -> !s.equals("tck")).distinct().toList();
    }
}
