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
    void lookup_takes_the_entry_of_the_most_specific_name() {
        VendorExpectations e = new VendorExpectations("x", List.of(
                new VendorExpectations.Entry("p/section:a", "section", 1),
                new VendorExpectations.Entry("p/api:f/check:exists", "leaf", 2)), List.of());
        assertEquals("leaf", e.lookup(List.of("p/api:f/check:exists", "p/section:a/api:f/check:exists",
                "p/api:f", "p/section:a/api:f", "p/section:a")).orElseThrow().reason());
        assertEquals("section", e.lookup(List.of("p/api:g/check:exists", "p/section:a/api:g/check:exists",
                "p/api:g", "p/section:a/api:g", "p/section:a")).orElseThrow().reason());
        assertTrue(e.lookup(List.of("p/section:ab/api:f", "p/section:ab")).isEmpty());
    }

    @Test
    void stable_ids_name_a_test_by_its_clause_and_a_container_by_its_own_anchor() throws IOException {
        Path file = write("stable.txt",
                "fixture/api:make/check:exists : make is missing here",
                "fixture/section:reference : the whole section, by its own anchor");
        EngineExecutionResults results = TckRun.kit("expectations", Fixtures.profile("fixture"))
                .configurationParameter(Constants.IMPLEMENTATION, "fake-always-passes")
                .configurationParameter(Constants.EXPECTATIONS, file.toString())
                .selectors(selectClass(TckRun.FAKE_MARKER)).execute();
        results.testEvents().assertThatEvents().haveExactly(1, event(displayName("make exists"),
                finishedWithFailure(message(m -> m.contains(file + ":1: fixture/api:make/check:exists")))));
        results.testEvents().assertThatEvents().haveExactly(1, event(displayName("make() rejects bad input"),
                abortedWithReason(message("expected failure: the whole section, by its own anchor"))));
    }

    @Test
    void the_long_form_still_works_with_a_warning_that_names_the_stable_id() throws IOException {
        Path file = write("long.txt", "fixture/section:reference/api:make/check:exists : old style");
        List<DiscoveryIssue> issues = TckRun.kit("expectations", Fixtures.profile("fixture"))
                .configurationParameter(Constants.EXPECTATIONS, file.toString())
                .selectors(selectClass(TckRun.FAKE_MARKER)).discover().getDiscoveryIssues();
        assertTrue(issues.stream().anyMatch(i -> i.severity() == DiscoveryIssue.Severity.WARNING
                && i.message().equals(file + ":1: fixture/section:reference/api:make/check:exists is the long form "
                + "of a test id, which changes when a section above the clause is retitled; write "
                + "fixture/api:make/check:exists")), issues.toString());
    }
}
