package dev.pep734.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsMergerTest {

    @TempDir
    Path dir;

    private Path result(Path module, String uuid, String implementation) throws IOException {
        return result(module, uuid, "[engine:pep734-tck]/[profile:p]/[check:exists]", implementation);
    }

    /** A result as allure-junit-platform writes it, with the unique-id label and an implementation parameter. */
    private Path result(Path module, String uuid, String uniqueId, String implementation) throws IOException {
        Files.createDirectories(module);
        return Files.writeString(module.resolve(uuid + "-result.json"), "{\"uuid\":\"" + uuid + "\",\"labels\":"
                + "[{\"name\":\"junit.platform.uniqueid\",\"value\":\"" + uniqueId + "\"}],\"parameters\":"
                + "[{\"name\":\"implementation\",\"value\":\"" + implementation + "\"}],\"status\":\"passed\"}");
    }

    @Test
    void mergesModulesSkipsMissingOnesAndWritesMetadata() throws IOException {
        Path tck = dir.resolve("tck/allure-results");
        Path reference = dir.resolve("reference/allure-results");
        result(tck, "a", "cpython 3.14.3");
        Files.writeString(tck.resolve("b-attachment.py"), "print(1)\n");
        result(reference, "c", "reference 0.1.0");
        // A unit test of the kit with a fixture implementation: copied, but not an implementation of the report.
        result(tck, "d", "[engine:junit-jupiter]/[class:dev.pep734.tck.report.AllureBridgeTest]", "fake 1");
        Path out = dir.resolve("out");
        ResultsMerger merger = new ResultsMerger(out);

        ResultsMerger.Summary summary = merger.merge(List.of(tck, dir.resolve("skipped/allure-results"), reference),
                dir.resolve("no-history"));
        merger.writeMetadata(new Metadata("0.1.0", summary.implementations()));

        assertEquals(4, summary.files());
        assertEquals(List.of("cpython 3.14.3", "reference 0.1.0"), summary.implementations());
        assertTrue(summary.notes().stream().anyMatch(n -> n.contains("skipped/allure-results")
                && n.contains("left out")), summary.notes().toString());
        assertTrue(Files.exists(out.resolve("a-result.json")));
        assertTrue(Files.exists(out.resolve("b-attachment.py")));
        assertTrue(Files.exists(out.resolve("c-result.json")));
        assertEquals(Categories.json(), Files.readString(out.resolve("categories.json")));
        String environment = Files.readString(out.resolve("environment.properties"));
        assertTrue(environment.contains("tck.version=0.1.0\n"), environment);
        assertTrue(environment.contains("implementations=cpython 3.14.3, reference 0.1.0\n"), environment);
        assertTrue(environment.contains("java="), environment);
        assertFalse(Files.exists(out.resolve("history")));
    }

    @Test
    void bringsThePreviousHistoryAndDropsStaleResults() throws IOException {
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("old-result.json"), "{}");
        Path history = dir.resolve("site/history");
        Files.createDirectories(history);
        Files.writeString(history.resolve("history-trend.json"), "[]");
        Files.writeString(history.resolve("history.json"), "{}");

        ResultsMerger.Summary summary = new ResultsMerger(out).merge(List.of(), history);

        assertFalse(Files.exists(out.resolve("old-result.json")));
        assertEquals("[]", Files.readString(out.resolve("history/history-trend.json")));
        assertTrue(Files.exists(out.resolve("history/history.json")));
        assertEquals(List.of(), summary.implementations());
        assertEquals(0, summary.files());
    }

    @Test
    void aFolderOfShardOutputsBringsEveryAllureResultsDirectoryInIt() throws IOException {
        result(dir.resolve("shards-in/job-1/tck/target/allure-results"), "s1", "cpython 3.14.3");
        result(dir.resolve("shards-in/job-2/tck/target/allure-results"), "s2", "cpython 3.14.3");
        Path out = dir.resolve("out");

        ResultsMerger.Summary summary = new ResultsMerger(out).merge(List.of(dir.resolve("shards-in")),
                dir.resolve("no-history"));

        assertEquals(2, summary.files());
        assertTrue(Files.exists(out.resolve("s1-result.json")) && Files.exists(out.resolve("s2-result.json")));
    }
}
