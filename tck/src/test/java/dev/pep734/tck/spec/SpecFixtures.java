package dev.pep734.tck.spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Class loaders for the tests: the real documents straight from the spec module's sources (so the tests do
 * not depend on an installed spec jar), and the fixtures under src/test/resources/fixtures/spec.
 */
final class SpecFixtures {

    static final Path SPEC_RESOURCES = Path.of("..", "spec", "src", "main", "resources");
    static final String FIXTURES = "fixtures/spec";

    private SpecFixtures() {
    }

    /** A loader that sees only the given directory (no parent resources, so no installed spec jar). */
    static ClassLoader over(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalStateException("no directory " + directory.toAbsolutePath());
        }
        try {
            return new URLClassLoader(new URL[] {directory.toUri().toURL()}, null);
        } catch (MalformedURLException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SpecLibrary realLibrary() {
        return SpecLibrary.fromClassLoader(over(SPEC_RESOURCES));
    }

    /** What reading one document gave: its clause tree and the issues. */
    record Read(Clause document, List<SpecIssue> issues) {

        List<String> issueLines() {
            return issues.stream().map(i -> i.location().line() + ": " + i.severity() + ": " + i.message()).toList();
        }
    }

    /** Reads bytes as a document of a profile named {@code fixture} (module {@code fixture}). */
    static Read read(String resource, byte[] bytes) {
        IssueSink issues = new IssueSink(resource);
        Clause document = RstReader.clauses(new Profile("fixture", "Fixture", List.of("fixture"), "fixture"), bytes,
                issues);
        return new Read(document, issues.issues());
    }

    static Read read(String text) {
        return read("test.rst", text.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a fixture document from src/test/resources/fixtures/spec/documents. */
    static Read fixture(String name) {
        String resource = FIXTURES + "/documents/" + name;
        try (InputStream in = SpecFixtures.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no fixture " + resource);
            }
            return read(resource, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every clause of a tree, depth first. */
    static List<Clause> flatten(Clause clause) {
        List<Clause> all = new ArrayList<>();
        all.add(clause);
        clause.children().forEach(child -> all.addAll(flatten(child)));
        return all;
    }

    static List<String> anchors(Clause clause, ClauseKind kind) {
        return flatten(clause).stream().filter(c -> c.kind() == kind).map(Clause::anchor).toList();
    }
}
