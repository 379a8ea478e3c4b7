package dev.pep734.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pep734.tck.certificate.Certificate;
import dev.pep734.tck.certificate.CertificateFiles;
import dev.pep734.tck.certificate.Shard;
import dev.pep734.tck.certificate.TestOutcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConformancePagesTest {

    @TempDir
    Path dir;

    private static final String DOC = "pep734/spec/concurrent.interpreters-3.14/document.rst";

    private static List<TestOutcome> results(String closeStatus) {
        List<TestOutcome> results = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            results.add(new TestOutcome("concurrent.interpreters-3.14/api:f" + i + "/check:exists",
                    "concurrent.interpreters-3.14", "must", TestOutcome.PASSED, "f" + i + "() exists", "f" + i + "()",
                    DOC + ":" + (100 - i), ""));
        }
        results.add(new TestOutcome("concurrent.interpreters-3.14/api:Interpreter.close/assertion:twice",
                "concurrent.interpreters-3.14", "must", closeStatus, "close() twice is fine", "Interpreter.close()",
                DOC + ":40", closeStatus.equals(TestOutcome.PASSED) ? "" : "expected failure: no finalizers"));
        return results;
    }

    private static Certificate certificate(String id, String shard, List<TestOutcome> results) {
        return new Certificate("0.1.0", Map.of("pep734-tck", "sha256:1", "pep734-spec", "sha256:2"),
                Map.of("id", id, "name", id.toUpperCase(java.util.Locale.ROOT), "version", "1"),
                List.of("concurrent.interpreters-3.14"), shard, "2026-11-23T09:00:00Z", List.of(), results);
    }

    @Test
    void certificates_shards_and_matrix_become_one_static_site() throws IOException {
        Path tck = dir.resolve("tck/target/pep734-tck");
        CertificateFiles.write(tck.resolve("cpython"), certificate("cpython", "all", results(TestOutcome.PASSED)), null);
        // The reference implementation ran as three shards on three machines; their outputs were unpacked here.
        for (int k = 1; k <= 3; k++) {
            Shard shard = new Shard(k, 3);
            CertificateFiles.write(dir.resolve("shards-in/job-" + k + "/pep734-tck/reference/shard-" + k + "-of-3"),
                    certificate("reference", shard.toString(), results(TestOutcome.ABORTED).stream()
                            .filter(r -> shard.contains(r.id())).toList()), null);
        }
        Path out = dir.resolve("site");
        List<String> notes = new ArrayList<>();
        ConformancePages.write(out, dir.resolve("allure/index.html"),
                List.of(tck, dir.resolve("absent"), dir.resolve("shards-in")), notes);

        Certificate reference = CertificateFiles.read(out.resolve("reference/certificate.json"));
        assertEquals("all", reference.shard(), notes.toString());
        assertEquals(13, reference.results().size());
        assertTrue(notes.stream().anyMatch(n -> n.startsWith("certificate of reference (not conformant, shard all, "
                + "from 3 file(s))")), notes.toString());
        assertTrue(Files.exists(out.resolve("spec/" + DOC + ".html")), "the spec pages the links point at");

        String matrix = Files.readString(out.resolve("matrix.html"));
        assertFalse(matrix.contains("<script"), "static");
        assertFalse(matrix.contains("http://") || matrix.contains("https://"), "no network assets");
        assertTrue(matrix.contains(">concurrent.interpreters-3.14: concurrent.interpreters -- Multiple interpreters in the "
                + "same process (Python 3.14) ("), "profile headings carry the profile's title");
        assertTrue(matrix.contains("<th>cpython</th><th>reference</th>"), matrix);
        assertTrue(matrix.contains("<a href=\"spec/" + DOC + ".html#L40\">"), "a row links to its sentence");
        assertTrue(matrix.contains("<td class=\"c excluded\" title=\"expected failure: no finalizers\"><a href=\""
                + "reference/certificate.html#t-concurrent.interpreters-3.14/api:Interpreter.close/assertion:twice\">"
                + "expected failure</a></td>"), "a cell links to the test in the certificate");
        assertTrue(matrix.indexOf("close() twice is fine") < matrix.indexOf("f11() exists"), "document order");
        assertTrue(Files.readString(out.resolve("reference/certificate.html"))
                .contains("id=\"t-concurrent.interpreters-3.14/api:Interpreter.close/assertion:twice\""));
        assertTrue(Files.readString(out.resolve("index.html")).contains("href=\"../allure/index.html\""));
    }

    @Test
    void spec_pages_have_one_anchor_per_line_and_escape_the_text() {
        String page = SpecPages.page("a.rst", "Title\n<b>&\n");
        assertTrue(page.contains("<div class=\"l\" id=\"L2\"><a class=\"n\" href=\"#L2\">2</a>&lt;b&gt;&amp;</div>"),
                page);
        assertFalse(page.contains("id=\"L3\""), "no anchor for the empty tail after the last newline");
    }

    @Test
    void no_certificate_gives_an_empty_matrix_and_says_why() throws IOException {
        List<String> notes = new ArrayList<>();
        ConformancePages.write(dir.resolve("site"), dir.resolve("allure/index.html"), List.of(dir.resolve("none")),
                notes);
        assertTrue(notes.stream().anyMatch(n -> n.startsWith("no certificate found under")), notes.toString());
    }
}
