package dev.pep734.tck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.abortedWithReason;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Events;

class ExecutionTest {

    private static Events tests(EngineExecutionResults results) {
        return results.testEvents();
    }

    @Test
    void a_conforming_implementation_passes_and_unquoted_statements_are_reported_not_verified() throws IOException {
        EngineExecutionResults results = TckRun.kit("conforming", Fixtures.profile("fixture"))
                .selectors(selectClass(TckRun.FAKE_MARKER)).execute();
        tests(results).assertStatistics(s -> s.started(12).succeeded(9).aborted(3).failed(0));
        tests(results).assertThatEvents().haveExactly(1, event(test("statement:close-is-idempotent"),
                abortedWithReason(message("not verified by this TCK: Calling close twice is fine."))));
        tests(results).assertThatEvents().haveExactly(1, event(test("check:exists"), displayName("limit exists"),
                abortedWithReason(message(m -> m.startsWith(
                        "not verified by this TCK: erratum limits-untestable: reason of limits-untestable")))));

        Path impl = TckRun.workDir("conforming").resolve("fake");
        Path reproducer = impl.resolve("scripts/fixture/section-reference/api-Thing/api-Thing.close/assertion-close-twice.py");
        assertEquals("# fake: pass\n", Files.readString(reproducer));
        String summary = Files.readString(impl.resolve("summary.txt"));
        assertTrue(summary.contains("implementation: fake = Fake 0.1 by the TCK's tests (in the JVM), claims [fixture]"),
                summary);
        assertTrue(summary.contains("  must    passed     7  failed     0  aborted     1"), summary);
        assertTrue(summary.contains("untested statements in fixture: 2"), summary);
        assertEquals(1, FakeImplementation.SESSIONS.get(), "one session serves every run");
    }

    @Test
    void every_tck_setting_reaches_the_implementation() {
        TckRun.kit("settings", Fixtures.profile("fixture"))
                .configurationParameter(Constants.PYTHON, "/opt/python3")
                .configurationParameter("pep734.tck.vendor.flag", "on")
                .selectors(selectClass(TckRun.FAKE_MARKER)).execute();
        Map<String, String> seen = FakeImplementation.lastContext.configuration();
        assertEquals("/opt/python3", seen.get(Constants.PYTHON));
        assertEquals("on", seen.get("pep734.tck.vendor.flag"));
        assertEquals("fake", seen.get(Constants.IMPLEMENTATION));
        assertEquals(TckRun.workDir("settings").resolve("fake"), FakeImplementation.lastContext.workDirectory());
    }

    @Test
    void stdout_and_stderr_are_published_as_report_entries() {
        EngineExecutionResults results = TckRun.kit("entries", Fixtures.profile("fixture"))
                .selectors(selectClass(TckRun.FAKE_MARKER)).execute();
        List<String> stdout = results.allEvents().reportingEntryPublished().stream()
                .map(e -> e.getPayload(org.junit.platform.engine.reporting.ReportEntry.class).orElseThrow())
                .map(r -> r.getKeyValuePairs().getOrDefault("stdout", "")).filter(s -> !s.isEmpty()).toList();
        assertEquals(List.of("hello\n"), stdout);
    }

    @Test
    void a_profile_the_implementation_does_not_claim_is_skipped_not_failed() {
        EngineExecutionResults results = TckRun.kit("unclaimed", Fixtures.profile("fixture"), Fixtures.profile("other"))
                .selectors(selectClass(TckRun.FAKE_MARKER)).execute();
        tests(results).assertStatistics(s -> s.started(24).succeeded(9).aborted(15).failed(0));
        tests(results).assertThatEvents().haveExactly(9, event(test("other"),
                abortedWithReason(message("profile other not claimed by fake (Fake 0.1)"))));
    }

    @Test
    void the_profiles_setting_overrides_what_the_implementation_claims() {
        EngineExecutionResults results = TckRun.kit("override", Fixtures.profile("fixture"), Fixtures.profile("other"))
                .configurationParameter(Constants.PROFILES, "other")
                .selectors(selectClass(TckRun.FAKE_MARKER)).execute();
        tests(results).assertThatEvents().haveExactly(9, event(test("fixture"),
                abortedWithReason(message("profile fixture not claimed by fake (Fake 0.1)"))));
    }

    @Test
    void a_stale_erratum_fails_the_run_naming_file_and_line() {
        var ghost = Fixtures.erratum("fixture", "ghost", "api:Ghost/check:exists", 17, Map.of("signature", "()"));
        EngineExecutionResults results = TckRun.kit("stale",
                        Fixtures.profile("fixture", List.of(), List.of(ghost), List.of()))
                .selectors(selectClass(TckRun.FAKE_MARKER)).execute();
        tests(results).assertStatistics(s -> s.failed(1));
        tests(results).assertThatEvents().haveExactly(1, event(displayName("stale erratum ghost"),
                finishedWithFailure(message("stale erratum ghost (fixtures/engine/pep734/spec/fixture/errata.txt:17):"
                        + " its target api:Ghost/check:exists matches no clause or test of profile fixture;"
                        + " fix the target or remove the erratum"))));
    }

    @Test
    void a_not_testable_erratum_on_one_check_skips_that_check_only() {
        var skip = Fixtures.erratum("fixture", "close-unobservable", "api:Thing.close/check:exists", 20,
                Map.of("action", "not-testable"));
        EngineExecutionResults results = TckRun.kit("not-testable",
                        Fixtures.profile("fixture", List.of(), List.of(skip), List.of()))
                .selectors(selectClass(TckRun.FAKE_MARKER)).execute();
        tests(results).assertStatistics(s -> s.succeeded(8).aborted(4).failed(0));
        tests(results).assertThatEvents().haveExactly(1, event(displayName("Thing.close exists"),
                abortedWithReason(message(m -> m.contains("erratum close-unobservable")))));
    }

    @Test
    void an_unreadable_spec_fails_as_a_test_of_the_run_configuration() {
        SpecSource broken = (settings, issues) -> {
            throw new IllegalStateException("profiles.txt is corrupt");
        };
        EngineExecutionResults results = org.junit.platform.testkit.engine.EngineTestKit
                .engine(new Pep734TckEngine(broken, new FakeDeriver()))
                .enableImplicitConfigurationParameters(false)
                .configurationParameter(Constants.WORKDIR, TckRun.workDir("unreadable").toString())
                .selectors(selectClass(TckRun.FAKE_MARKER)).execute();
        tests(results).assertStatistics(s -> s.started(1).failed(1));
        tests(results).assertThatEvents().haveExactly(1, event(
                test("run:configuration"),
                displayName("the spec documents under pep734/spec can be read"),
                finishedWithFailure(message(m -> m.startsWith("the spec documents could not be read: "
                        + "java.lang.IllegalStateException: profiles.txt is corrupt")))));
    }

    @Test
    void tags_select_by_level_kind_and_feature() {
        EngineExecutionResults results = TckRun.kit("tags", Fixtures.profile("fixture"))
                .selectors(selectClass(TckRun.FAKE_MARKER)).filters(TagFilter.includeTags("should")).execute();
        tests(results).assertStatistics(s -> s.started(1).succeeded(1));
        results = TckRun.kit("tags", Fixtures.profile("fixture"))
                .selectors(selectClass(TckRun.FAKE_MARKER)).filters(TagFilter.includeTags("example")).execute();
        tests(results).finished().assertThatEvents().haveExactly(1, event(test(), displayName(
                "Reference, example 1")));
        tests(results).assertStatistics(s -> s.started(1));
    }
}
