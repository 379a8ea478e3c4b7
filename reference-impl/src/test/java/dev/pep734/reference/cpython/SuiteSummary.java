package dev.pep734.reference.cpython;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The counts of a run, as the README's status quotes them, and the files that show every test: summary.txt and
 * results.tsv (test id, outcome, seconds, listed cause, last line of the detail).
 */
record SuiteSummary(int tests, int passed, int internals, int stdlib314, int skippedOnCPython, int graalpyLimits,
                    int unexpected) {

    static SuiteSummary of(Collection<TestResult> results, ExpectedFailures expected) {
        Map<String, ExpectedFailures.Entry> listed = expected.entries().stream()
                .collect(Collectors.toMap(ExpectedFailures.Entry::id, Function.identity()));
        int passed = 0;
        int internals = 0;
        int stdlib = 0;
        int skipped = 0;
        int graalpy = 0;
        int unexpected = 0;
        for (TestResult r : results) {
            ExpectedFailures.Entry entry = listed.get(r.id());
            if (r.outcome() == Outcome.PASS) {
                passed++;
            } else if (entry == null) {
                unexpected++;
            } else {
                switch (entry.cause()) {
                    case INTERNALS -> internals++;
                    case STDLIB_314 -> stdlib++;
                    case SKIPPED_ON_CPYTHON -> skipped++;
                    case GRAALPY_LIMIT -> graalpy++;
                }
            }
        }
        return new SuiteSummary(results.size(), passed, internals, stdlib, skipped, graalpy, unexpected);
    }

    /** The tests that CPython itself runs and that need none of its internals: the base of the pass rate. */
    int eligible() {
        return tests - internals - skippedOnCPython;
    }

    String text(String python, Duration wallTime, List<ModuleRun.Result> modules) {
        StringBuilder out = new StringBuilder();
        out.append("CPython 3.14.3's own interpreter tests on ").append(python).append('\n');
        out.append(String.format(Locale.ROOT, "tests %d, passed %d; not passing, listed with their causes: "
                + "%d need CPython internals, %d need 3.14 stdlib outside PEP 734, %d GraalPy limits, %d skipped as "
                + "on CPython; unexpected %d%n", tests, passed, internals, stdlib314, graalpyLimits, skippedOnCPython,
                unexpected));
        out.append(String.format(Locale.ROOT, "passed of the %d tests that CPython runs and that need no CPython "
                + "internals: %d (%.1f%%)%n", eligible(), passed, eligible() == 0 ? 0 : 100.0 * passed / eligible()));
        out.append(String.format(Locale.ROOT, "wall time %.0f s%n", wallTime.toMillis() / 1000.0));
        for (ModuleRun.Result m : modules) {
            out.append(String.format(Locale.ROOT, "  %-55s %3d tests, %d process(es), %.0f s%n", m.module(),
                    m.plan().size(), m.processes(), m.wallTime().toMillis() / 1000.0));
            for (String fixture : m.fixtureFailures()) {
                out.append("    fixture failure: ").append(fixture.strip().replace("\n", "\n      ")).append('\n');
            }
        }
        return out.toString();
    }

    static void writeResults(Path file, Collection<TestResult> results, ExpectedFailures expected) throws IOException {
        Map<String, ExpectedFailures.Entry> listed = expected.entries().stream()
                .collect(Collectors.toMap(ExpectedFailures.Entry::id, Function.identity()));
        List<String> lines = new ArrayList<>();
        lines.add("test\toutcome\tseconds\tlisted cause\tdetail");
        for (TestResult r : results) {
            ExpectedFailures.Entry entry = listed.get(r.id());
            lines.add(String.join("\t", r.id(), r.outcome().word(), String.format(Locale.ROOT, "%.2f", r.seconds()),
                    entry == null ? "" : entry.cause().word(), r.summary().replace('\t', ' ')));
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
    }
}
