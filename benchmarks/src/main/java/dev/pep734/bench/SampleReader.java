package dev.pep734.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns what a script printed into samples: its {@code @@bench} lines, and for the memory script the probe
 * readings, paired before/after and divided by the interpreter count in the "after" label.
 */
final class SampleReader {

    private static final String BENCH_PREFIX = "@@bench\t";
    private static final String UNSUPPORTED_PREFIX = "@@unsupported\t";
    private static final double KIB = 1024.0;

    private SampleReader() {
    }

    static List<Sample> read(ScriptResult result) {
        List<Sample> samples = new ArrayList<>();
        for (String line : result.lines()) {
            if (!line.startsWith(BENCH_PREFIX)) {
                continue;
            }
            String[] f = line.substring(BENCH_PREFIX.length()).split("\t");
            if (f.length != 4) {
                throw new IllegalArgumentException("malformed benchmark line: " + line);
            }
            samples.add(new Sample(f[0], f[1], f[2].equals("warmup"), Double.parseDouble(f[3])));
        }
        samples.addAll(memory(result.probes()));
        return samples;
    }

    /** Metric id to reason, from the {@code @@unsupported} lines: operations this side raised on. */
    static Map<String, String> unsupported(ScriptResult result) {
        Map<String, String> reasons = new LinkedHashMap<>();
        for (String line : result.lines()) {
            if (line.startsWith(UNSUPPORTED_PREFIX)) {
                String[] f = line.substring(UNSUPPORTED_PREFIX.length()).split("\t", 2);
                reasons.put(f[0], f.length > 1 ? f[1] : "");
            }
        }
        return reasons;
    }

    /** Labels are {@code before I PHASE} and {@code after I PHASE COUNT}, in that order per batch. */
    static List<Sample> memory(List<ProbeReading> probes) {
        List<Sample> samples = new ArrayList<>();
        ProbeReading before = null;
        for (ProbeReading p : probes) {
            String[] f = p.label().split(" ");
            if (f[0].equals("before")) {
                before = p;
                continue;
            }
            if (before == null || f.length != 4) {
                throw new IllegalArgumentException("probe '" + p.label() + "' without a 'before' probe");
            }
            boolean warmup = f[2].equals("warmup");
            int count = Integer.parseInt(f[3]);
            double resident = (p.residentBytes() - before.residentBytes()) / KIB / count;
            samples.add(new Sample("mem_resident", "KiB", warmup, resident));
            if (p.heapBytes() >= 0 && before.heapBytes() >= 0) {
                double heap = (p.heapBytes() - before.heapBytes()) / KIB / count;
                samples.add(new Sample("mem_heap", "KiB", warmup, heap));
                // A JVM's resident size follows its heap sizing, not the interpreters: the heap is their cost.
                samples.add(new Sample("mem_per_interp", "KiB", warmup, heap));
            } else {
                samples.add(new Sample("mem_per_interp", "KiB", warmup, resident));
            }
            before = null;
        }
        return samples;
    }
}
