package dev.pep734.tck.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A vendor's list of tests expected to fail ({@link Constants#EXPECTATIONS}), kept outside the tests like
 * web-platform-tests' expectation files.
 *
 * @param file where it was read from, or null when none was configured
 * @param entries the listed tests
 * @param problems lines that could not be read, as {@code file:line: message}
 */
record VendorExpectations(Path file, List<Entry> entries, List<String> problems) {

    /** One listed test (or container): its short path, the vendor's reason, and the line it is on. */
    record Entry(String path, String reason, int line) {
    }

    // The path has no spaces; the separator is a colon with whitespace around it (paths hold colons too).
    private static final Pattern LINE = Pattern.compile("^(\\S+)\\s+:\\s+(\\S.*)$");

    static final VendorExpectations NONE = new VendorExpectations(null, List.of(), List.of());

    VendorExpectations {
        entries = List.copyOf(entries);
        problems = List.copyOf(problems);
    }

    static VendorExpectations read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return new VendorExpectations(file, List.of(),
                    List.of(file + ": cannot read the expectations file (" + Constants.EXPECTATIONS + "): " + e));
        }
        List<Entry> entries = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (m.matches()) {
                entries.add(new Entry(m.group(1), m.group(2).strip(), i + 1));
            } else {
                problems.add(file + ":" + (i + 1) + ": expected '<test path> : <reason>', found: " + line);
            }
        }
        return new VendorExpectations(file, entries, problems);
    }

    /** The entry for a test: listed itself, or under a listed container. */
    Optional<Entry> lookup(String testPath) {
        Entry best = null;
        for (Entry e : entries) {
            boolean covers = testPath.equals(e.path()) || testPath.startsWith(e.path() + "/");
            if (covers && (best == null || e.path().length() > best.path().length())) {
                best = e;
            }
        }
        return Optional.ofNullable(best);
    }

    String where(Entry entry) {
        return file + ":" + entry.line();
    }
}
