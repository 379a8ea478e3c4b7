package dev.pep734.tck.property;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * What checking a property found.
 *
 * @param passed whether every generated case held
 * @param message for a failure, the whole explanation: what broke, the minimal counterexample, the seed, the
 *     replay command and the reproducer; for a pass, a one-line summary
 * @param counterexample the minimal counterexample as Python source (or an action list), when it failed
 * @param statistics how many cases of each kind were generated
 * @param reproducer the standalone script that shows the failure, when it failed
 * @param scripts how many scripts were run (generation and shrinking)
 */
public record PropertyResult(boolean passed, String message, Optional<String> counterexample,
                             Map<String, Integer> statistics, Optional<Path> reproducer, int scripts) {

    public PropertyResult {
        statistics = Map.copyOf(statistics);
    }

    /** The statistics as text, one kind a line with its count and share, most frequent first. */
    public String statisticsText() {
        int total = statistics.values().stream().mapToInt(Integer::intValue).sum();
        StringBuilder s = new StringBuilder();
        statistics.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> s.append(String.format("%-32s %5d  %5.1f%%%n", e.getKey(), e.getValue(),
                        total == 0 ? 0.0 : 100.0 * e.getValue() / total)));
        return s.append(String.format("%-32s %5d%n", "total", total)).toString();
    }
}
