package dev.pep734.tck.property;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Where a property's files go, and the command that replays a run. */
public final class PropertyFiles {

    private static final String SEED = "pep734.tck.seed";
    private static final String TRIES = "pep734.tck.tries";
    private static final String WORKDIR = "pep734.tck.workdir";

    private PropertyFiles() {
    }

    /** The property's directory, emptied: a reproducer left by an earlier run must not outlive its failure. */
    public static Path fresh(Path directory) {
        try {
            Files.createDirectories(directory);
            try (Stream<Path> old = Files.list(directory)) {
                for (Path file : old.filter(Files::isRegularFile).toList()) {
                    Files.delete(file);
                }
            }
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + directory, e);
        }
    }

    /**
     * The Maven command that replays a run: the property tests only, with the same seed and tries and every
     * other {@code pep734.tck.*} setting of the run (implementation, python, profiles, ...), except the work
     * directory.
     */
    public static String replay(Map<String, String> settings, long seed, int tries) {
        String others = settings.entrySet().stream()
                .filter(e -> !e.getKey().equals(SEED) && !e.getKey().equals(TRIES) && !e.getKey().equals(WORKDIR))
                .sorted(Map.Entry.comparingByKey())
                .map(e -> " " + shellWord("-D" + e.getKey() + "=" + e.getValue()))
                .collect(Collectors.joining());
        return "mvn -B verify -Dgroups=property" + others + " -D" + SEED + "=" + seed + " -D" + TRIES + "=" + tries;
    }

    private static String shellWord(String word) {
        return word.matches("[A-Za-z0-9_./=:,+-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
    }
}
