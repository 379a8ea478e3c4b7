package dev.pep734.tck.property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * Every property passes on CPython 3.14.3, the ground truth, through the engine, and publishes its seed and
 * statistics. CPythonTck runs them too, with a fresh seed each time; this run fixes one, so it repeats.
 */
class PropertiesOnCPythonTest {

    @Test
    void every_property_holds_on_cpython_and_reports_its_seed_and_statistics() {
        EngineExecutionResults results = PropertyTckRun.run("cpython", "*", PropertyTckRun.workDir("cpython"),
                Map.of("pep734.tck.seed", "734", "pep734.tck.tries", "60"));
        List<String> failures = results.testEvents().failed().stream()
                .map(e -> e.getRequiredPayload(TestExecutionResult.class).getThrowable().map(Throwable::getMessage)
                        .orElse("failed")).toList();
        assertEquals(List.of(), failures);
        int properties = Properties.forProfile(Properties.PROFILE).size();
        results.testEvents().assertStatistics(s -> s.succeeded(properties).failed(0).aborted(0));
        List<Map<String, String>> entries = results.allEvents().reportingEntryPublished().stream()
                .map(e -> e.getRequiredPayload(ReportEntry.class).getKeyValuePairs()).toList();
        assertEquals(properties, entries.stream().filter(m -> m.getOrDefault("seed", "")
                .startsWith("734 (tries 60, ")).count(), entries::toString);
        assertEquals(properties, entries.stream().filter(m -> m.getOrDefault("statistics", "")
                .contains("total")).count(), entries::toString);
    }
}
