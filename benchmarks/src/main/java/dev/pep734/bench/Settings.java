package dev.pep734.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * How the benchmark runs, from system properties (the pom passes them; see benchmarks/pom.xml).
 *
 * @param out where results.json, results.svg and the scripts as run are written
 * @param root the project root, where the TCK summaries are read
 * @param python {@code pep734.tck.python}, empty for the bundled CPython 3.14.3
 * @param only the scripts to run (latency, queues, parallel, memory), empty for all
 */
record Settings(Path out, Path root, int warmup, int reps, double scale, String python, List<String> only) {

    Settings {
        only = List.copyOf(only);
        if (reps < 1 || warmup < 0 || !(scale > 0)) {
            throw new IllegalArgumentException("bench.reps must be at least 1, bench.warmup at least 0 and "
                    + "bench.scale above 0 (got " + reps + ", " + warmup + ", " + scale + ")");
        }
    }

    static Settings fromSystemProperties() {
        String only = System.getProperty("bench.only", "").strip();
        return new Settings(
                Path.of(System.getProperty("bench.out", "target/benchmarks")).toAbsolutePath().normalize(),
                Path.of(System.getProperty("bench.root", "..")).toAbsolutePath().normalize(),
                Integer.parseInt(System.getProperty("bench.warmup", "1").strip()),
                Integer.parseInt(System.getProperty("bench.reps", "5").strip()),
                Double.parseDouble(System.getProperty("bench.scale", "1").strip()),
                System.getProperty("pep734.tck.python", "").strip(),
                only.isEmpty() ? List.of() : List.of(only.split("\\s*,\\s*")));
    }

    /** The arguments every script gets: the harness owns repetitions and warm-up. */
    List<String> scriptArguments() {
        return List.of("--warmup", Integer.toString(warmup), "--reps", Integer.toString(reps),
                "--scale", String.format(Locale.ROOT, "%s", scale));
    }

    boolean runs(String script) {
        return only.isEmpty() || only.contains(script);
    }
}
