package dev.pep734.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Opens what the build produced as a person would, in headless Chromium: the Allure report (overview and
 * suites), the conformance matrix and every certificate. Takes a screenshot of each into
 * {@code target/screenshots/}, and fails when a page shows no tests or logs a script error. Without Chromium
 * it is skipped with a message, except on CI ({@code CI=true}), where a missing browser fails it.
 */
class ReportPagesIT {

    private static final Path ALLURE = Path.of(System.getProperty("reports.allure.index",
            "target/site/allure-maven-plugin/index.html"));
    private static final Path SITE = Path.of(System.getProperty("reports.conformance", "target/site/conformance"));
    private static final Path SHOTS = Path.of(System.getProperty("reports.screenshots", "target/screenshots"));
    private static final Pattern NODE = Pattern.compile("<div class=\"node__name\">\\s*([^<]*?)\\s*</div>");
    private static final Pattern PARENT_SUITE = Pattern.compile(
            "\\{\\s*\"name\"\\s*:\\s*\"parentSuite\"\\s*,\\s*\"value\"\\s*:\\s*\"([^\"]*)\"");

    private static Chromium chromium;

    @BeforeAll
    static void browser() {
        var found = Chromium.find(Path.of("target/chromium"));
        if (found.isEmpty()) {
            String message = "no chromium on the PATH: install Debian's chromium package (.ci/run does) to check the "
                    + "report pages in a browser";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message + " (required on CI)");
            }
            Assumptions.abort(message);
        }
        chromium = found.get();
    }

    @Test
    void the_detector_sees_a_script_error() throws Exception {
        Path bad = Files.createDirectories(Path.of("target/chromium")).resolve("broken.html");
        Files.writeString(bad, "<html><body><script>notDefinedAnywhere()</script>text</body></html>");
        List<String> errors = chromium.dom(bad, "").scriptErrors();
        assertEquals(1, errors.size(), "a page with a script error must be caught: " + errors);
    }

    @Test
    void allure_report_shows_a_suite_per_document_and_no_script_error() throws Exception {
        assertTrue(Files.isRegularFile(ALLURE), "no Allure report at " + ALLURE);
        Chromium.Visit overview = chromium.screenshot(ALLURE, "", SHOTS.resolve("allure-overview.png"));
        assertEquals(List.of(), overview.scriptErrors());
        assertPng(SHOTS.resolve("allure-overview.png"));
        Chromium.Visit suites = chromium.screenshot(ALLURE, "#suites", SHOTS.resolve("allure-suites.png"));
        assertEquals(List.of(), suites.scriptErrors());
        assertPng(SHOTS.resolve("allure-suites.png"));

        Chromium.Visit dom = chromium.dom(ALLURE, "#suites");
        assertEquals(List.of(), dom.scriptErrors());
        Set<String> shown = new TreeSet<>();
        Matcher m = NODE.matcher(dom.dom());
        while (m.find()) {
            shown.add(m.group(1).replace("&amp;", "&"));
        }
        Set<String> documents = documentsInResults(ALLURE.getParent().getParent().getParent().resolve("allure-results"));
        assertFalse(documents.isEmpty(), "the merged results name no document: did a TCK run?");
        assertTrue(shown.containsAll(documents), "suites shown " + shown + ", documents in the results " + documents);
        Path spec = ALLURE.getParent().resolve("pep734/spec/concurrent.interpreters-3.14/document.rst.html");
        assertTrue(Files.isRegularFile(spec), "the spec links of the report lead nowhere: no " + spec);
    }

    @Test
    void matrix_and_certificates_are_populated_and_static() throws Exception {
        Path matrix = SITE.resolve("matrix.html");
        Chromium.Visit visit = chromium.screenshot(matrix, "", SHOTS.resolve("matrix.png"));
        assertEquals(List.of(), visit.scriptErrors());
        assertPng(SHOTS.resolve("matrix.png"));
        String dom = chromium.dom(matrix, "").dom();
        assertTrue(dom.contains("<table class=\"matrix\">"), "the matrix has no test table");
        assertTrue(dom.contains("class=\"c passed\""), "no passed cell in the matrix");
        List<Path> certificates;
        try (Stream<Path> files = Files.list(SITE)) {
            certificates = files.map(d -> d.resolve("certificate.html")).filter(Files::isRegularFile).sorted().toList();
        }
        assertFalse(certificates.isEmpty(), "no certificate under " + SITE);
        for (Path certificate : certificates) {
            Path png = SHOTS.resolve("certificate-" + certificate.getParent().getFileName() + ".png");
            assertEquals(List.of(), chromium.screenshot(certificate, "", png).scriptErrors());
            assertPng(png);
            assertTrue(Files.readString(certificate).contains("<tr id=\"t-"), certificate + " lists no test");
        }
    }

    private static void assertPng(Path png) throws IOException {
        assertTrue(Files.isRegularFile(png), "no screenshot " + png);
        byte[] bytes = Files.readAllBytes(png);
        assertTrue(bytes.length > 10_000 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G',
                png + " is not a screenshot of a drawn page (" + bytes.length + " bytes)");
    }

    /** The parent suites (document titles) that the TCK engine's results carry. */
    private static Set<String> documentsInResults(Path results) throws IOException {
        Set<String> documents = new TreeSet<>();
        try (Stream<Path> files = Files.list(results)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (f.getFileName().toString().endsWith("-result.json")) {
                    String json = Files.readString(f);
                    if (json.contains("[engine:pep734-tck]")) {
                        Matcher m = PARENT_SUITE.matcher(json);
                        while (m.find()) {
                            documents.add(m.group(1));
                        }
                    }
                }
            }
        }
        return documents;
    }
}
