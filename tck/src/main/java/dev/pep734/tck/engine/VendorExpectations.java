package dev.pep734.tck.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;

/**
 * A vendor's list of tests expected to fail ({@link Constants#EXPECTATIONS}), kept outside the tests like
 * web-platform-tests' expectation files; a real release's known deviations use the same format and rules.
 *
 * @param file where it was read from: a file path, or {@code classpath:RESOURCE}; null when none was configured
 * @param entries the listed tests
 * @param problems lines that could not be read, as {@code file:line: message}
 */
record VendorExpectations(String file, List<Entry> entries, List<String> problems) {

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

    /** Prefix of a location on the class path (a release's deviations in the spec artifact). */
    static final String CLASSPATH = "classpath:";

    /** Reads a file, or a class-path resource named {@code classpath:RESOURCE}. */
    static VendorExpectations read(String file, ClassLoader loader) {
        List<String> lines;
        try {
            lines = readLines(file, loader);
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

    private static List<String> readLines(String file, ClassLoader loader) throws IOException {
        if (!file.startsWith(CLASSPATH)) {
            return Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
        }
        try (InputStream in = loader.getResourceAsStream(file.substring(CLASSPATH.length()))) {
            if (in == null) {
                throw new IOException("no such resource on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    /** Where an IDE jumps for an entry: the file and line, or the resource and line. */
    TestSource source(Entry entry) {
        return file.startsWith(CLASSPATH)
                ? ClasspathResourceSource.from(file.substring(CLASSPATH.length()), FilePosition.from(entry.line()))
                : FileSource.from(Path.of(file).toFile(), FilePosition.from(entry.line()));
    }

    /** The file as a test source, for problems of the whole file. */
    TestSource source() {
        return file.startsWith(CLASSPATH) ? ClasspathResourceSource.from(file.substring(CLASSPATH.length()))
                : FileSource.from(Path.of(file).toFile());
    }

    /**
     * The entry for a test, given every name of the test and its containers (most specific first, see
     * {@code TestPaths.namesOf}): the entry that names the test itself, else its nearest listed container.
     */
    Optional<Entry> lookup(List<String> names) {
        for (String name : names) {
            for (Entry e : entries) {
                if (e.path().equals(name)) {
                    return Optional.of(e);
                }
            }
        }
        return Optional.empty();
    }

    String where(Entry entry) {
        return file + ":" + entry.line();
    }
}
