package dev.pep734.tck.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** SpecLibrary over fixture profiles, from a directory and from a jar, and over the real spec packed as a jar. */
class SpecLibraryTest {

    private static final String ROOT = "fixtures/spec/library";
    private static final Path TEST_CLASSES = testClasses();

    private static SpecLibrary fixtures() {
        return SpecLibrary.fromClassLoader(SpecLibraryTest.class.getClassLoader(), ROOT);
    }

    private static List<String> issues(List<SpecIssue> issues) {
        return issues.stream().map(SpecIssue::toString).toList();
    }

    @Test
    void indexListsGoodProfilesAndReportsTheRest() {
        SpecLibrary library = fixtures();
        assertEquals(List.of("good", "broken"), library.profiles().stream().map(Profile::id).toList());
        assertEquals(List.of(
                ROOT + "/profiles.txt:4: WARNING: profile 'broken' has no title; its id is used",
                ROOT + "/profiles.txt:4: WARNING: profile 'broken' names no modules under test",
                ROOT + "/profiles.txt:5: ERROR: profile 'missing' has no " + ROOT + "/missing/profile.properties",
                ROOT + "/profiles.txt:6: ERROR: profile id 'bad id!' has characters other than letters, digits, '.',"
                        + " '_', '-'",
                ROOT + "/profiles.txt:7: ERROR: profile 'good' listed twice"), issues(library.indexIssues()));
        Profile good = library.profile("good").orElseThrow();
        assertEquals(new Profile("good", "Good fixture", List.of("thing", "thing.more"), ROOT + "/good"), good);
        assertEquals("broken", library.profile("broken").orElseThrow().title());
    }

    @Test
    void missingIndexIsAnIssueAndNoProfiles() {
        SpecLibrary library = SpecLibrary.fromClassLoader(SpecLibraryTest.class.getClassLoader(), "/nowhere/");
        assertEquals("nowhere", library.root());
        assertEquals(List.of(), library.profiles());
        assertEquals(List.of("nowhere/profiles.txt:1: ERROR: no nowhere/profiles.txt on the class path: no spec"
                + " profiles"), issues(library.indexIssues()));
    }

    @Test
    void goodProfileHasAssertionsAndErrataAndNoIssues() {
        SpecLibrary library = fixtures();
        ProfileSpec spec = library.load(library.profile("good").orElseThrow());
        assertEquals(List.of(), spec.issues());
        assertEquals(List.of("destroys", "runs"), spec.assertions().stream().map(AssertionScript::id).toList());
        AssertionScript destroys = spec.assertions().get(0);
        assertEquals(ROOT + "/good/assertions/close/destroys.py", destroys.resource());
        assertEquals(SourceLocation.of(destroys.resource(), 2), destroys.location());
        assertEquals(new AssertionHeader("api:close", List.of("Finalize and destroy the thing.", "Return ``None``."),
                Level.MUST, Set.of("lifecycle", "x"), Expectation.raising("ValueError"), "close() destroys the thing",
                Optional.of(Duration.ofSeconds(5))), destroys.header());
        assertTrue(destroys.source().endsWith("raise ValueError(\"closed\")\n"));
        AssertionHeader runs = spec.assertions().get(1).header();
        assertEquals(Level.SHOULD, runs.level());
        assertEquals(Expectation.PASS, runs.expect());
        assertEquals(Optional.empty(), runs.timeout());
        assertEquals(List.of("helpers.py"), runs.includes());
        String program = spec.assertions().get(1).source();
        assertTrue(program.startsWith("# ---- harness/helpers.py (included) ----\ndef helper():\n    return 42\n"
                + "# ---- the assertion script ----\n# ---\n# clause: section:usage\n"), program);
        assertEquals(2, spec.errata().size());
        Erratum signature = spec.errata().get(0);
        assertEquals("close-signature", signature.id());
        assertEquals("The document says\ntwo lines.", signature.reason());
        assertEquals(Optional.of("()"), signature.field("signature"));
        assertEquals(SourceLocation.of(ROOT + "/good/errata.txt", 2), signature.location());
        Erratum example = spec.errata().get(1);
        assertEquals(Map.of("replacement", "fixed.py", "output", "line one\n\nline three"), example.fields());
        assertEquals(new ErratumTarget("section:usage", "example:usage/1"), ErratumTarget.parse(example.target()));
    }

    @Test
    void brokenProfileReportsEveryProblemWithFileAndLine() {
        SpecLibrary library = fixtures();
        ProfileSpec spec = library.load(library.profile("broken").orElseThrow());
        String a = ROOT + "/broken/assertions/";
        String e = ROOT + "/broken/errata.txt";
        assertEquals(List.of(
                a + "bad-expect.py:4: ERROR: expect must be 'pass' or 'raises NAME', not 'fails'",
                a + "bad-include.py:4: ERROR: includes must list distinct harness file names such as 'running.py',"
                        + " not '../escape.py'",
                a + "bad-level.py:3: ERROR: level must be must, should or may, not 'required'",
                a + "bad-quote.py:4: ERROR: quote not found in the text of api:close: \"Finalize and destroy() the"
                        + " thing.\" (roles read as their text: :func:`create` reads as create, without parentheses)",
                a + "dup/a/same.py:2: ERROR: the script is in assertions/dup/a/ but checks api:close: a script lives"
                        + " in the folder named after its clause anchor, assertions/close/",
                a + "dup/b/same.py:1: ERROR: duplicate test id 'same' under clause api:close (also " + a
                        + "dup/a/same.py:1)",
                a + "missing-include.py:4: ERROR: included harness file not found: " + ROOT + "/harness/nowhere.py",
                a + "missing-level.py:1: ERROR: header lacks 'level'",
                a + "no-header.py:1: ERROR: no header: an assertion script starts with a comment block delimited by"
                        + " '# ---' lines",
                a + "unknown-clause.py:3: ERROR: unknown clause 'api:open': no section, API element or example of the"
                        + " document has that anchor",
                a + "unknown-feature.py:4: ERROR: unknown feature [queus]: the features are listed, each with its"
                        + " meaning, in features.txt (lifecycle, x)",
                a + "unknown-key.py:4: WARNING: unknown header key 'flags' (known: clause, quote, level, features,"
                        + " expect, description, timeout, includes)",
                a + "unknown-key.py:5: ERROR: timeout must be a positive number of seconds, not 'soon'",
                a + "unterminated.py:1: ERROR: unterminated header: no closing '# ---' line",
                e + ":1: ERROR: erratum 'no-reason' lacks 'reason'",
                e + ":6: ERROR: erratum 'unknown-target' targets unknown clause 'api:open'",
                e + ":12: ERROR: erratum 'missing-example' targets 'example:usage/2', which clause 'section:usage'"
                        + " does not have",
                e + ":18: ERROR: erratum 'missing-replacement' names replacement 'nowhere.py', which is not in " + ROOT
                        + "/broken/examples/",
                e + ":25: ERROR: erratum 'bad-action': action must be 'replace' or 'not-testable', not 'ignore'",
                e + ":38: ERROR: duplicate erratum id 'dup' (first at line 32)",
                e + ":43: ERROR: errata line is neither 'key: value' nor a continuation indented by two spaces"),
                issues(spec.issues()));
        assertEquals(List.of("dup"), spec.errata().stream().map(Erratum::id).toList());
        // dup/a/same.py is refused too now: its folder is not named after its clause.
        assertEquals(List.of("bad-quote"), spec.assertions().stream().map(AssertionScript::id).toList());
    }

    @Test
    void jarAndDirectoryGiveTheSameProfiles() throws IOException {
        Path jar = jar(TEST_CLASSES, ROOT, "fixture-library.jar");
        try (var loader = new java.net.URLClassLoader(new java.net.URL[] {jar.toUri().toURL()}, null)) {
            SpecLibrary fromJar = SpecLibrary.fromClassLoader(loader, ROOT);
            SpecLibrary fromDirectory = fixtures();
            assertEquals(fromDirectory.profiles(), fromJar.profiles());
            for (Profile profile : fromDirectory.profiles()) {
                assertEquals(fromDirectory.load(profile), fromJar.load(profile), profile.id());
            }
        }
    }

    @Test
    void realSpecPackedAsAJarLoadsLikeTheDirectory() throws IOException {
        Path jar = jar(SpecFixtures.SPEC_RESOURCES, SpecLibrary.DEFAULT_ROOT, "real-spec.jar");
        try (var loader = new java.net.URLClassLoader(new java.net.URL[] {jar.toUri().toURL()}, null)) {
            SpecLibrary fromJar = SpecLibrary.fromClassLoader(loader);
            SpecLibrary fromDirectory = SpecFixtures.realLibrary();
            assertEquals(6, fromJar.profiles().size());
            for (Profile profile : fromDirectory.profiles()) {
                ProfileSpec expected = fromDirectory.load(profile);
                assertEquals(expected, fromJar.load(profile), profile.id());
            }
        }
    }

    @Test
    void loadingTwiceGivesTheSameObject() {
        SpecLibrary library = fixtures();
        Profile good = library.profile("good").orElseThrow();
        assertTrue(library.load(good) == library.load(good));
    }

    /** Packs {@code base/directory/**} into target/spec-tests/NAME with entry names relative to {@code base}. */
    static Path jar(Path base, String directory, String name) throws IOException {
        Path out = Path.of("target", "spec-tests", name);
        Files.createDirectories(out.getParent());
        try (OutputStream file = Files.newOutputStream(out); JarOutputStream jar = new JarOutputStream(file);
             Stream<Path> paths = Files.walk(base.resolve(directory))) {
            for (Path path : paths.sorted().toList()) {
                String entry = base.relativize(path).toString().replace('\\', '/');
                if (Files.isDirectory(path)) {
                    jar.putNextEntry(new JarEntry(entry + "/"));
                } else {
                    jar.putNextEntry(new JarEntry(entry));
                    jar.write(Files.readAllBytes(path));
                }
                jar.closeEntry();
            }
        }
        return out;
    }

    private static Path testClasses() {
        try {
            return Path.of(SpecLibraryTest.class.getClassLoader().getResource(ROOT + "/profiles.txt").toURI())
                    .getParent().getParent().getParent().getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
