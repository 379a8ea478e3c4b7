package dev.pep734.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pep734.tck.certificate.ArtifactDigest;
import dev.pep734.tck.certificate.Certificate;
import dev.pep734.tck.certificate.CertificateFiles;
import dev.pep734.tck.certificate.KitArtifacts;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packed kit as a vendor gets it: copied alone into a directory outside the repository and run with nothing
 * but {@code java}, against CPython 3.14.3 (unpacked by the build, as a vendor has their own python).
 */
class KitJarIT {

    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

    @TempDir
    static Path vendor;
    static Path jar;
    static Path python;

    @BeforeAll
    static void copyTheJarOutOfTheRepository() throws IOException {
        Path repository = Path.of("").toAbsolutePath().getParent();
        assertFalse(vendor.toAbsolutePath().startsWith(repository), vendor + " lies in the repository");
        jar = Files.copy(Path.of(System.getProperty("kit.jar")), vendor.resolve("pep734-tck.jar"));
        python = Path.of(System.getProperty("kit.python"));
        assertTrue(Files.isExecutable(python), python + " (unpacked by the build)");
    }

    @Test
    void one_shard_certifies_the_python_under_its_own_name_and_the_certificate_verifies() throws IOException {
        Path out = vendor.resolve("shard-run");
        Run run = kit("--python", python.toString(), "--id", "cpython-kit", "--name", "CPython via the kit",
                "--shard", "1/16", "--parallelism", "2", "--out", out.toString());
        // A shard is never conformant on its own; everything in it passed.
        assertEquals(1, run.status, run.output);
        assertTrue(run.output.contains("pep734-tck: running "), run.output);
        assertTrue(run.output.matches("(?s).*\\[(\\d+)/\\1] 0 failed, \\d+ skipped.*"), run.output);
        assertTrue(run.output.contains("PEP 734 TCK summary"), run.output);
        assertTrue(run.output.contains("pep734-tck: NOT CONFORMANT: CPython via the kit 3.14.3 (id cpython-kit)"),
                run.output);
        assertTrue(run.output.contains("covers only part of the tests (1/16)"), run.output);
        assertFalse(run.output.contains("FAILED "), run.output);

        Path json = out.resolve("cpython-kit/shard-1-of-16/certificate.json");
        Certificate certificate = CertificateFiles.read(json);
        assertEquals("cpython-kit", certificate.implementation().get("id"));
        assertEquals("3.14.3", certificate.implementation().get("version"));
        assertTrue(certificate.implementation().get("runtime").contains(python.toString()),
                certificate.implementation().toString());
        assertEquals("1/16", certificate.shard());
        assertEquals(List.of(), certificate.failures());
        assertTrue(certificate.results().stream().filter(r -> r.passed()).count() > 10, certificate.results()
                .toString());
        String report = Files.readString(json.resolveSibling("report.html"), StandardCharsets.UTF_8);
        assertTrue(report.contains("Failures (0)") && report.contains("NOT CONFORMANT"), report);
        assertTrue(Files.isRegularFile(json.resolveSibling("certificate.html")));
        try (Stream<Path> results = Files.list(out.resolve("allure-results"))) {
            assertTrue(results.anyMatch(p -> p.toString().endsWith("-result.json")), "Allure results");
        }
        try (Stream<Path> scripts = Files.walk(out.resolve("cpython-kit/scripts"))) {
            assertTrue(scripts.anyMatch(p -> p.toString().endsWith(".py")), "reproducers");
        }

        // The packed kit names the separate artifacts' own digests, so either checks its certificates.
        assertEquals(ArtifactDigest.of(Path.of(System.getProperty("kit.tck.jar"))),
                certificate.artifacts().get(KitArtifacts.TCK));
        assertEquals(ArtifactDigest.of(Path.of(System.getProperty("kit.spec.jar"))),
                certificate.artifacts().get(KitArtifacts.SPEC));
        assertEquals(ArtifactDigest.of(Path.of(System.getProperty("kit.spi.jar"))),
                certificate.artifacts().get(KitArtifacts.SPI));

        Run verify = kit("verify", json.toString());
        assertEquals(0, verify.status, verify.output);
        assertTrue(verify.output.startsWith("VALID " + json + ": cpython-kit 3.14.3, NOT conformant"), verify.output);
        assertEquals(1, kit("verify", "--require-conformant", json.toString()).status);
        Run separate = java("-cp", String.join(File.pathSeparator, System.getProperty("kit.tck.jar"),
                System.getProperty("kit.spec.jar"), System.getProperty("kit.spi.jar")),
                "dev.pep734.tck.certificate.Verify", json.toString());
        assertEquals(0, separate.status, separate.output);

        Path forged = vendor.resolve("forged.json");
        Files.writeString(forged, Files.readString(json).replaceFirst("\"status\": \"aborted\"",
                "\"status\": \"passed\""));
        Run invalid = kit("verify", forged.toString());
        assertEquals(1, invalid.status, invalid.output);
        assertTrue(invalid.output.startsWith("INVALID " + forged), invalid.output);
    }

    @Test
    void a_whole_run_of_the_claimed_profile_that_passes_is_conformant_and_exits_zero() throws IOException {
        Path out = vendor.resolve("howto-run");
        Run run = kit("--python", python.toString(), "--profiles", "howto", "--parallelism", "2", "--out",
                out.toString());
        assertEquals(0, run.status, run.output);
        assertTrue(run.output.contains("pep734-tck: CONFORMANT: CPython 3.14.3 (id cpython) for [howto], shard all"),
                run.output);
        Certificate certificate = CertificateFiles.read(out.resolve("cpython/certificate.json"));
        assertTrue(certificate.conformance().conformant(), certificate.conformance().reasons().toString());
        assertEquals(0, kit("verify", "--require-conformant", out.resolve("cpython/certificate.json").toString())
                .status);
    }

    @Test
    void usage_errors_exit_with_two_and_say_what_is_wrong() throws IOException {
        assertUsage("--python PATH is required", "--out", "x");
        assertUsage("--python /no/such/python: does not exist", "--python", "/no/such/python");
        assertUsage("--shard: shard '3 of 4' is not K/N", "--python", python.toString(), "--shard", "3 of 4");
        assertUsage("--profiles: 'pep734' is not a profile of this kit", "--python", python.toString(),
                "--profiles", "pep734");
        assertUsage("unknown option --pyhton", "--pyhton", python.toString());
        assertUsage("--expectations nope.txt: no readable file there", "--python", python.toString(),
                "--expectations", "nope.txt");
        assertEquals(2, kit("verify").status);
        Run help = kit("--help");
        assertEquals(0, help.status);
        assertTrue(help.output.contains("usage: java -jar pep734-tck.jar --python PATH"), help.output);
    }

    private static void assertUsage(String message, String... args) throws IOException {
        Run run = kit(args);
        assertEquals(2, run.status, run.output);
        assertTrue(run.output.contains("pep734-tck: " + message), run.output);
    }

    private record Run(int status, String output) {
    }

    private static Run kit(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("-jar", jar.toString()));
        command.addAll(List.of(args));
        return java(command.toArray(String[]::new));
    }

    /** {@code java ARGS} in the vendor's directory, with no class path from this JVM; output and errors together. */
    private static Run java(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(JAVA.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(vendor.toFile()).redirectErrorStream(true);
        builder.environment().remove("CLASSPATH");
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            return new Run(process.waitFor(), output);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
