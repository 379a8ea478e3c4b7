package dev.pep734.tck.property;

import dev.pep734.tck.spi.Outcome;
import dev.pep734.tck.spi.RunResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One script of a property: written to a file, run through the implementation, and its observation lines
 * ({@code @@ <case> <key> <observation>}) collected. The kit judges the observations, never the script.
 */
final class Batch {

    private final PropertyRun run;
    private int written;

    Batch(PropertyRun run) {
        this.run = run;
    }

    /** What one script printed, and how it ended. */
    record Observed(Map<String, Map<String, String>> lines, RunResult result, Path script) {

        Optional<String> get(String testCase, String key) {
            return Optional.ofNullable(lines.getOrDefault(testCase, Map.of()).get(key));
        }

        /** For a case with no observation: why the script said nothing (it stopped early, timed out, ...). */
        String silence() {
            if (result.outcome() == Outcome.PASSED) {
                return "no observation was printed";
            }
            String why = result.error().map(e -> "the script raised " + e.qualifiedName() + ": " + e.message())
                    .orElse("the script ended " + result.outcome() + " (exit status " + result.exitCode() + ")");
            String tail = result.stderr().strip();
            return why + (tail.isEmpty() ? "" : "; stderr ends: "
                    + tail.substring(Math.max(0, tail.length() - 300)).replace('\n', ' '));
        }
    }

    /** How many scripts this batch ran. */
    int scripts() {
        return written;
    }

    Observed run(String label, String source) {
        written++;
        Path file = run.directory().resolve(String.format("%02d-%s.py", written, label));
        write(file, source);
        RunResult result = run.executor().run(file);
        Map<String, Map<String, String>> lines = new HashMap<>();
        for (String line : result.stdout().split("\n")) {
            if (!line.startsWith("@@ ")) {
                continue;
            }
            String[] parts = line.substring(3).split(" ", 3);
            if (parts.length == 3) {
                lines.computeIfAbsent(parts[0], k -> new HashMap<>()).putIfAbsent(parts[1], parts[2].strip());
            }
        }
        return new Observed(lines, result, file);
    }

    static void write(Path file, String source) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, source, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the property script " + file, e);
        }
    }

    /** A harness script of this package, with {@code #@CASES@} replaced by the cases. */
    static String harness(String resource, String cases) {
        try (InputStream in = Batch.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the TCK jar lacks " + resource);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.replace("#@CASES@", cases);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
