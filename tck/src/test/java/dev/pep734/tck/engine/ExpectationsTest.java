package dev.pep734.tck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.abortedWithReason;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.engine;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** The vendor's expected failures: kept outside the tests, never stale, never hiding a pass. */
class ExpectationsTest {

    private static Path write(String name, String... lines) throws IOException {
        Path file = TckRun.workDir("expectations").resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, List.of(lines));
        return file;
    }

    @Test
    void a_listed_failure_is_skipped_and_a_listed_pass_fails_and_both_are_recorded() throws IOException {
        Path file = write("chatty.txt",
                "# our runtime prints debug output",
                "fixture/section:reference/example:reference/1 : debug line, fixed in 2.0",
                "fixture/section:reference/api:make/check:exists : we thought make was missing");
        EngineExecutionResults results = TckRun.kit("expectations", Fixtures.profile("fixture"))
                .configurationParameter(Constants.IMPLEMENTATION, "fake-chatty")
                .configurationParameter(Constants.EXPECTATIONS, file.toString())
                .selectors(selectClass(TckRun.FAKE_MARKER)).execute();
        results.testEvents().assertThatEvents().haveExactly(1, event(displayName("Reference, example 1"),
                abortedWithReason(message("expected failure: debug line, fixed in 2.0"))));
        results.testEvents().assertThatEvents().haveExactly(1, event(displayName("make exists"),
                finishedWithFailure(message("unexpectedly passed: remove it from the expectations (" + file
                        + ":3: fixture/section:reference/api:make/check:exists)"))));
        results.testEvents().assertStatistics(s -> s.failed(1));
        String exclusions = Files.readString(TckRun.workDir("expectations").resolve("fake-chatty/exclusions.txt"));
        assertTrue(exclusions.contains("fixture/section:reference/example:reference/1 : debug line, fixed in 2.0 : "
                + file + ":2 : failed"), exclusions);
        assertTrue(exclusions.contains(": passed"), exclusions);
    }

    @Test
    void a_listed_container_covers_every_test_under_it() throws IOException {
        Path file = write("container.txt", "fixture/section:reference/api:make : make is not there yet");
        EngineExecutionResults results = TckRun.kit("expectations", Fixtures.profile("fixture"))
                .configurationParameter(Constants.IMPLEMENTATION, "fake-always-passes")
                .configurationParameter(Constants.EXPECTATIONS, file.toString())
                .selectors(selectClass(TckRun.FAKE_MARKER)).execute();
        results.testEvents().assertThatEvents().haveExactly(1, event(displayName("make() rejects bad input"),
                abortedWithReason(message("expected failure: make is not there yet"))));
        results.testEvents().assertThatEvents().haveExactly(1, event(displayName("make exists"),
                finishedWithFailure(message(m -> m.startsWith("unexpectedly passed")))));
    }

    @Test
    void an_unknown_path_fails_the_run_where_everybody_sees_it() throws IOException {
        Path file = write("unknown.txt", "fixture/section:reference/api:Nope/check:exists : typo");
        EngineExecutionResults results = TckRun.kit("expectations", Fixtures.profile("fixture"))
                .configurationParameter(Constants.EXPECTATIONS, file.toString())
                .selectors(selectClass(TckRun.FAKE_MARKER)).execute();
        results.testEvents().assertStatistics(s -> s.failed(1));
        results.testEvents().assertThatEvents().haveExactly(1, event(
                displayName("unknown test in the expectations file: fixture/section:reference/api:Nope/check:exists"),
                finishedWithFailure(message(m -> m.startsWith(file + ":1: no test has the path")))));
    }

    @Test
    void a_malformed_line_is_a_critical_discovery_issue_that_fails_the_run() throws IOException {
        Path file = write("malformed.txt", "this line has no reason");
        var kit = TckRun.kit("expectations", Fixtures.profile("fixture"))
                .configurationParameter(Constants.EXPECTATIONS, file.toString())
                .selectors(selectClass(TckRun.FAKE_MARKER));
        List<DiscoveryIssue> issues = kit.discover().getDiscoveryIssues();
        assertEquals(1, issues.size());
        assertEquals(DiscoveryIssue.Severity.ERROR, issues.get(0).severity());
        assertEquals(file + ":1: expected '<test path> : <reason>', found: this line has no reason",
                issues.get(0).message());
        kit.execute().containerEvents().assertThatEvents().haveExactly(1,
                event(engine(), finishedWithFailure(message(m -> m.contains("this line has no reason")))));
    }

    @Test
    void lookup_prefers_the_most_specific_entry_and_respects_segment_boundaries() {
        VendorExpectations e = new VendorExpectations(Path.of("x"), List.of(
                new VendorExpectations.Entry("p/section:a", "section", 1),
                new VendorExpectations.Entry("p/section:a/api:f/check:exists", "leaf", 2)), List.of());
        assertEquals("leaf", e.lookup("p/section:a/api:f/check:exists").orElseThrow().reason());
        assertEquals("section", e.lookup("p/section:a/api:g/check:exists").orElseThrow().reason());
        assertTrue(e.lookup("p/section:ab/api:f").isEmpty());
    }
}
