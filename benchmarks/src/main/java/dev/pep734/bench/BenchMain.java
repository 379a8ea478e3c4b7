package dev.pep734.bench;

import dev.pep734.reference.runtime.PythonRuntime;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark: runs the same Python scripts on CPython and on the reference implementation, one script after
 * the other on each side, and prints per metric both sides' best and median and their ratio, writing
 * {@code results.json}, {@code results.svg} and {@code results.md} under {@code bench.out}.
 *
 * <p>Run it with {@code mvn -B -q -Pbenchmark -DskipTests package -pl benchmarks -am}; settings in {@link Settings}.
 */
public final class BenchMain {

    private static final String SCRIPTS = "/dev/pep734/bench/scripts/";
    private static final List<String> HELPERS = List.of("_bench.py");

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.fromSystemProperties();
        String startedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        String machine = MachineFacts.describe();
        double baseline = MachineBaseline.speedup(3);
        Path scripts = copyScripts(settings.out().resolve("scripts"));
        Map<String, List<Sample>> samples = new LinkedHashMap<>();
        Map<String, Map<String, String>> unsupported = new LinkedHashMap<>();
        String cpython;
        String reference;
        try (PythonSide cpy = CPythonSide.start(settings.python(), settings.out().resolve("work"));
             PythonSide ref = new ReferenceSide()) {
            cpython = cpy.describe();
            reference = ref.describe();
            for (String script : Metric.scripts()) {
                if (!settings.runs(script)) {
                    continue;
                }
                for (PythonSide side : List.of(cpy, ref)) {
                    ScriptResult result = run(side, scripts.resolve(script + ".py"), settings);
                    samples.computeIfAbsent(side.name(), k -> new ArrayList<>()).addAll(SampleReader.read(result));
                    unsupported.computeIfAbsent(side.name(), k -> new LinkedHashMap<>())
                            .putAll(SampleReader.unsupported(result));
                }
            }
        }
        for (String side : List.of("cpython", "reference")) {
            TckTimes.read(TckTimes.summaryOf(settings.root(), side)).ifPresentOrElse(
                    run -> samples.computeIfAbsent(side, k -> new ArrayList<>()).addAll(TckTimes.samples(run)),
                    () -> System.err.println("no TCK summary for " + side + " at "
                            + TckTimes.summaryOf(settings.root(), side) + " (run the TCK first to see its time)"));
        }
        BenchReport report = new BenchReport(startedAt, machine, baseline, cpython, reference, settings,
                compare(samples, unsupported));
        String table = TableWriter.table(report);
        System.out.println(table);
        Files.createDirectories(settings.out());
        Files.writeString(settings.out().resolve("results.md"), table, StandardCharsets.UTF_8);
        Files.writeString(settings.out().resolve("results.json"), JsonWriter.json(report), StandardCharsets.UTF_8);
        Files.writeString(settings.out().resolve("results.svg"), SvgPlot.svg(report), StandardCharsets.UTF_8);
        System.out.println("written: " + settings.out().resolve("results.json") + ", results.svg, results.md");
        // GraalPy leaves daemon and pool threads behind; the numbers are written, so end the JVM now.
        PythonRuntime.closePrewarmed();
        System.exit(0);
    }

    private static ScriptResult run(PythonSide side, Path script, Settings settings) throws Exception {
        long t0 = System.nanoTime();
        ScriptResult result = side.run(script, settings.scriptArguments());
        System.err.printf("%-9s %-12s %6.1f s%n", side.name(), script.getFileName(),
                (System.nanoTime() - t0) / 1e9);
        if (result.exitCode() != 0) {
            System.err.println("  " + script.getFileName() + " failed on " + side.name() + " (exit "
                    + result.exitCode() + "); its metrics are left out:\n" + result.errors().indent(4));
            return new ScriptResult(List.of(), List.of(), result.exitCode(), result.errors());
        }
        return result;
    }

    static List<Comparison> compare(Map<String, List<Sample>> samples) {
        return compare(samples, Map.of());
    }

    /** Per metric both sides' figures; a side that reported the metric unsupported and measured none says why. */
    static List<Comparison> compare(Map<String, List<Sample>> samples, Map<String, Map<String, String>> unsupported) {
        List<Comparison> out = new ArrayList<>();
        for (Metric m : Metric.ALL) {
            out.add(new Comparison(m, stats("cpython", samples, unsupported, m),
                    stats("reference", samples, unsupported, m)));
        }
        return out;
    }

    private static Stats stats(String side, Map<String, List<Sample>> samples,
                               Map<String, Map<String, String>> unsupported, Metric m) {
        Stats stats = stats(samples.getOrDefault(side, List.of()), m);
        String reason = unsupported.getOrDefault(side, Map.of()).get(m.id());
        return stats.isEmpty() && reason != null ? Stats.unsupported(reason) : stats;
    }

    private static Stats stats(List<Sample> samples, Metric m) {
        List<Double> measured = new ArrayList<>();
        List<Double> warmup = new ArrayList<>();
        for (Sample s : samples) {
            if (s.metric().equals(m.id()) && !Double.isNaN(s.value())) {
                (s.warmup() ? warmup : measured).add(s.value());
            }
        }
        return Stats.of(measured, warmup);
    }

    /** The scripts as run: copied out of the jar so that both sides run the very same files. */
    private static Path copyScripts(Path into) throws IOException {
        Files.createDirectories(into);
        List<String> names = new ArrayList<>(HELPERS);
        Metric.scripts().forEach(s -> names.add(s + ".py"));
        for (String name : names) {
            try (InputStream in = BenchMain.class.getResourceAsStream(SCRIPTS + name)) {
                if (in == null) {
                    throw new IllegalStateException("missing benchmark script " + SCRIPTS + name);
                }
                Files.write(into.resolve(name), in.readAllBytes());
            }
        }
        return into;
    }
}
