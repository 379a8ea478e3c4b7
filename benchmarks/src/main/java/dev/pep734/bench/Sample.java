package dev.pep734.bench;

/**
 * One measured batch of one metric, as a benchmark script reported it.
 *
 * @param warmup whether the batch was a warm-up (reported apart, never in min and median)
 */
record Sample(String metric, String unit, boolean warmup, double value) {
}
