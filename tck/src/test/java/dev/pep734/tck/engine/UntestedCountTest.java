package dev.pep734.tck.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.abortedWithReason;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * The summary's "untested statements" counts only statements nobody has looked at: a statement that a
 * not-testable erratum triages is reported "not verified" with the erratum's reason, and is not untested.
 */
class UntestedCountTest {

    @Test
    void a_statement_triaged_by_a_not_testable_erratum_is_not_counted_untested() throws IOException {
        // The fixture has two unquoted statements (close-is-idempotent, module-provides); triage one.
        EngineExecutionResults results = TckRun.kit("untested-count", Fixtures.profile("fixture", List.of(),
                        List.of(Fixtures.erratum("fixture", "idempotence-untestable",
                                "api:Thing.close/statement:close-is-idempotent", 20, Map.of("action", "not-testable"))),
                        List.of()))
                .selectors(selectClass(TckRun.FAKE_MARKER)).execute();
        results.testEvents().assertThatEvents().haveExactly(1, event(test("statement:close-is-idempotent"),
                abortedWithReason(message(m -> m.startsWith(
                        "not verified by this TCK: erratum idempotence-untestable: reason of idempotence-untestable")))));
        String summary = Files.readString(TckRun.workDir("untested-count").resolve("fake/summary.txt"));
        assertTrue(summary.contains("untested statements in fixture: 1"), summary);
    }

    @Test
    void a_not_testable_erratum_on_a_whole_section_triages_its_statements_too() throws IOException {
        EngineExecutionResults results = TckRun.kit("untested-count-section", Fixtures.profile("fixture",
                        List.of(), List.of(Fixtures.erratum("fixture", "reference-untestable", "section:reference",
                                20, Map.of("action", "not-testable"))), List.of()))
                .selectors(selectClass(TckRun.FAKE_MARKER)).execute();
        results.testEvents().assertThatEvents().haveExactly(1, event(test("statement:module-provides"),
                abortedWithReason(message(m -> m.contains("erratum reference-untestable")))));
        String summary = Files.readString(TckRun.workDir("untested-count-section").resolve("fake/summary.txt"));
        assertTrue(summary.contains("untested statements in fixture: 0"), summary);
    }
}
