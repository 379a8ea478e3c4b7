package dev.pep734.tck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.pep734.tck.certificate.Certificate;
import dev.pep734.tck.certificate.CertificateFiles;
import dev.pep734.tck.certificate.CertificateMerger;
import dev.pep734.tck.certificate.TestOutcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** The certificate the engine writes at the end of a run, and runs split into shards. */
class ShardingAndCertificateTest {

    @Test
    void a_whole_run_writes_a_certificate_of_every_test() throws IOException {
        TckRun.kit("certificate", Fixtures.profile("fixture")).selectors(selectClass(TckRun.FAKE_MARKER)).execute();
        Path dir = TckRun.workDir("certificate").resolve("fake");
        Certificate c = CertificateFiles.read(dir.resolve("certificate.json"));
        assertEquals(12, c.results().size());
        assertEquals(List.of("fixture"), c.claimedProfiles());
        assertEquals("all", c.shard());
        // 7 must tests passed; the eighth is "not verified" by an erratum and does not count.
        assertTrue(c.conformance().conformant(), c.conformance().reasons().toString());
        TestOutcome close = c.results().stream().filter(r -> r.id().endsWith("assertion:close-twice")).findFirst()
                .orElseThrow();
        assertTrue(close.spec().startsWith("fixtures/engine/pep734/spec/fixture/document.rst:"), close.spec());
        assertTrue(Files.readString(dir.resolve("certificate.html")).contains("CONFORMANT"));
        assertTrue(Files.readString(dir.resolve("summary.txt")).contains("shard: all\ncertificate: "));
    }

    @Test
    void selecting_the_engine_itself_is_a_whole_run_and_a_single_test_is_not() throws IOException {
        TckRun.kit("engine-selected", Fixtures.profile("fixture")).configurationParameter(Constants.IMPLEMENTATION, "fake")
                .selectors(org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId(TckRun.ENGINE))
                .execute();
        Certificate whole = CertificateFiles.read(TckRun.workDir("engine-selected").resolve("fake/certificate.json"));
        assertEquals("all", whole.shard());
        assertEquals(12, whole.results().size());
        TckRun.kit("one-selected", Fixtures.profile("fixture")).configurationParameter(Constants.IMPLEMENTATION, "fake")
                .selectors(org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId(TckRun.REFERENCE))
                .execute();
        Certificate part = CertificateFiles.read(TckRun.workDir("one-selected").resolve("fake/certificate.json"));
        assertTrue(part.shard().startsWith("selected tests"), part.shard());
        assertFalse(part.conformance().conformant());
    }

    @Test
    void tests_left_out_by_a_tag_filter_are_listed_not_run_and_the_run_is_not_conformant() throws IOException {
        TckRun.kit("certificate-filtered", Fixtures.profile("fixture"))
                .selectors(selectClass(TckRun.FAKE_MARKER))
                .filters(org.junit.platform.launcher.TagFilter.excludeTags("must")).execute();
        Certificate c = CertificateFiles.read(TckRun.workDir("certificate-filtered").resolve("fake/certificate.json"));
        assertTrue(c.results().stream().anyMatch(r -> TestOutcome.NOT_RUN.equals(r.status())), c.results().toString());
        assertFalse(c.conformance().conformant());
    }

    @Test
    void two_shards_run_disjoint_halves_that_merge_into_the_whole_run() throws IOException {
        Set<String> seen = new HashSet<>();
        int started = 0;
        for (int k = 1; k <= 2; k++) {
            EngineExecutionResults results = TckRun.kit("shards", Fixtures.profile("fixture"))
                    .configurationParameter(Constants.SHARD, k + "/2")
                    .selectors(selectClass(TckRun.FAKE_MARKER)).execute();
            started += (int) results.testEvents().started().count();
            results.testEvents().started().stream()
                    .forEach(e -> assertTrue(seen.add(e.getTestDescriptor().getUniqueId().toString())));
        }
        assertEquals(12, started, "the shards together run every test once");
        Path dir = TckRun.workDir("shards").resolve("fake");
        Certificate first = CertificateFiles.read(dir.resolve("shard-1-of-2/certificate.json"));
        Certificate second = CertificateFiles.read(dir.resolve("shard-2-of-2/certificate.json"));
        assertEquals("1/2", first.shard());
        assertFalse(first.conformance().conformant(), "a shard alone proves nothing about the whole");
        assertTrue(Files.readString(dir.resolve("shard-1-of-2/summary.txt")).contains("shard: 1/2"));
        CertificateMerger.Merged merged = CertificateMerger.merge(List.of(second, first));
        assertEquals(List.of(), merged.problems());
        assertEquals(12, merged.certificate().results().size());
        assertTrue(merged.certificate().conformance().conformant(), merged.certificate().conformance().reasons()
                .toString());
    }

    @Test
    void shard_one_of_one_is_a_whole_run() throws IOException {
        TckRun.kit("one-shard", Fixtures.profile("fixture")).configurationParameter(Constants.SHARD, "1/1")
                .selectors(selectClass(TckRun.FAKE_MARKER)).execute();
        Certificate c = CertificateFiles.read(TckRun.workDir("one-shard").resolve("fake/certificate.json"));
        assertEquals("all", c.shard());
        assertEquals(12, c.results().size());
    }

    @Test
    void a_malformed_shard_is_a_critical_discovery_issue_naming_the_value() {
        var kit = TckRun.kit("bad-shard", Fixtures.profile("fixture"))
                .configurationParameter(Constants.SHARD, "3 of 4")
                .selectors(selectClass(TckRun.FAKE_MARKER));
        List<DiscoveryIssue> issues = kit.discover().getDiscoveryIssues();
        assertEquals(1, issues.size(), issues.toString());
        assertEquals(DiscoveryIssue.Severity.ERROR, issues.get(0).severity());
        assertEquals("pep734.tck.shard=3 of 4: shard '3 of 4' is not K/N (e.g. 2/4: the second of four shards)",
                issues.get(0).message());
    }
}
