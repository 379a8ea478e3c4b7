package dev.pep734.bench;

/**
 * What the harness measured from outside while a script waited at a probe.
 *
 * @param label the script's label, e.g. {@code "after 2 measured 50"}
 * @param heapBytes JVM heap in use after a full collection, or -1 where there is no JVM (CPython)
 * @param residentBytes resident set size of the process running the script
 */
record ProbeReading(String label, long heapBytes, long residentBytes) {
}
