package dev.pep734.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Merges the Allure results of several modules into one directory for one report (see the package overview).
 * Result files are named by random UUIDs, so the inputs cannot collide; the output is emptied first, so a
 * report never shows a previous build's results as retries.
 */
public final class ResultsMerger {

    private final Path output;

    ResultsMerger(Path output) {
        this.output = output;
    }

    /**
     * Usage: {@code ResultsMerger <output> <history> <tck version> <input>...}; {@code history} is a previous
     * report's {@code history} directory, used when it exists.
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            throw new IllegalArgumentException("usage: ResultsMerger <output> <history> <tck version> <input>...");
        }
        ResultsMerger merger = new ResultsMerger(Path.of(args[0]));
        List<Path> inputs = new ArrayList<>();
        for (int i = 3; i < args.length; i++) {
            inputs.add(Path.of(args[i]));
        }
        Summary summary = merger.merge(inputs, Path.of(args[1]));
        merger.writeMetadata(new Metadata(args[2], summary.implementations()));
        summary.notes().forEach(n -> System.out.println("[reports] " + n));
    }

    /** What a merge did: files copied, implementations seen in the results, notes for the build log. */
    record Summary(int files, List<String> implementations, List<String> notes) {
    }

    Summary merge(List<Path> inputs, Path history) throws IOException {
        clear(output);
        Files.createDirectories(output);
        List<String> notes = new ArrayList<>();
        int files = 0;
        for (Path input : expand(inputs)) {
            if (!Files.isDirectory(input)) {
                notes.add("no results in " + input + " (module skipped or not run): left out");
                continue;
            }
            int copied = copyFlat(input, output);
            notes.add(copied + " files from " + input);
            files += copied;
        }
        if (Files.isDirectory(history)) {
            Path target = output.resolve("history");
            Files.createDirectories(target);
            notes.add(copyFlat(history, target) + " history files from " + history);
        } else {
            notes.add("no previous history at " + history + ": the report starts a new trend");
        }
        List<String> implementations = Metadata.implementations(output);
        notes.add("implementations: " + (implementations.isEmpty() ? "(none)" : String.join(", ", implementations)));
        return new Summary(files, implementations, notes);
    }

    void writeMetadata(Metadata metadata) throws IOException {
        Files.writeString(output.resolve("categories.json"), Categories.json(), StandardCharsets.UTF_8);
        Files.writeString(output.resolve("environment.properties"), metadata.environment(), StandardCharsets.UTF_8);
    }

    /**
     * An input named {@code allure-results} (or holding result files) is taken as is; any other existing
     * directory is searched for {@code allure-results} directories: that is how the shards of a CI fleet come
     * in (each shard's job's outputs unpacked side by side, {@code -Dreports.shards=DIR}).
     */
    static List<Path> expand(List<Path> inputs) throws IOException {
        List<Path> expanded = new ArrayList<>();
        for (Path input : inputs) {
            if (!Files.isDirectory(input) || input.getFileName().toString().equals("allure-results")) {
                expanded.add(input);
                continue;
            }
            try (Stream<Path> walk = Files.walk(input, 8)) {
                walk.filter(p -> Files.isDirectory(p) && p.getFileName().toString().equals("allure-results"))
                        .sorted().forEach(expanded::add);
            }
        }
        return expanded;
    }

    /** Copies the regular files directly in {@code from} (Allure results are flat). */
    private static int copyFlat(Path from, Path to) throws IOException {
        int count = 0;
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(file)) {
                    Files.copy(file, to.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                    count++;
                }
            }
        }
        return count;
    }

    private static void clear(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
