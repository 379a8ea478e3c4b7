package dev.pep734.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wall time of the last TCK run of one implementation, read from the {@code summary.txt} the engine writes
 * (tck/target/pep734-tck/cpython-3.14.3, reference-impl/target/pep734-tck/reference). Refresh them by running the TCK
 * ({@code mvn -B verify -pl spec,tck,reference-impl}); this program does not run it.
 */
final class TckTimes {

    private static final Pattern TIME = Pattern.compile("(?m)^time: ([0-9.]+) s$");
    private static final Pattern COUNTS = Pattern.compile("passed +(\\d+) +failed +(\\d+) +aborted +(\\d+)");

    /** Seconds of the whole run and the number of tests it reported. */
    record Run(double seconds, int tests, Path summary) {
    }

    private TckTimes() {
    }

    static Path summaryOf(Path root, String side) {
        return side.equals("cpython") ? root.resolve("tck/target/pep734-tck/cpython-3.14.3/summary.txt")
                : root.resolve("reference-impl/target/pep734-tck/reference/summary.txt");
    }

    static Optional<Run> read(Path summary) {
        try {
            return parse(Files.readString(summary), summary);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static Optional<Run> parse(String text, Path summary) {
        Matcher time = TIME.matcher(text);
        if (!time.find()) {
            return Optional.empty();
        }
        int tests = 0;
        Matcher counts = COUNTS.matcher(text);
        while (counts.find()) {
            tests += Integer.parseInt(counts.group(1)) + Integer.parseInt(counts.group(2))
                    + Integer.parseInt(counts.group(3));
        }
        return Optional.of(new Run(Double.parseDouble(time.group(1)), tests, summary));
    }

    /** The two samples of one side: whole run in seconds and per test in milliseconds. */
    static List<Sample> samples(Run run) {
        return List.of(new Sample("tck_wall", "s", false, run.seconds()),
                new Sample("tck_per_test", "ms", false, run.tests() == 0 ? Double.NaN : run.seconds() * 1e3 / run.tests()));
    }
}
