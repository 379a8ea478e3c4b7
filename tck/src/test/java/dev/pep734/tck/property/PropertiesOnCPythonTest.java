package dev.pep734.tck.property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;

/**
 * Every property passes on CPython 3.14.3, the ground truth, through the engine; its seed and statistics
 * are published. (CPythonTck runs them too, with a fresh seed; this run fixes one, so it is repeatable.)
 */
class PropertiesOnCPythonTest {

    static List<String> names() {
        return Properties.forProfile(Properties.PROFILE).stream().map(Property::name).toList();
    }

    @ParameterizedTest
    @MethodSource("names")
    void the_property_holds_on_cpython(String name) {
        EngineExecutionResults results = PropertyTckRun.run("cpython", name, PropertyTckRun.workDir("cpython-" + name),
                Map.of("pep734.tck.seed", "734", "pep734.tck.tries", "60"));
        List<Event> finished = results.testEvents().finished().list();
        assertEquals(1, finished.size(), () -> "one property leaf " + name + " expected: " + finished);
        results.testEvents().failed().stream().findFirst().ifPresent(e -> {
            throw new AssertionError(e.getPayload(org.junit.platform.engine.TestExecutionResult.class)
                    .flatMap(org.junit.platform.engine.TestExecutionResult::getThrowable)
                    .map(Throwable::getMessage).orElse("failed"));
        });
        results.testEvents().assertStatistics(s -> s.succeeded(1));
        List<Map<String, String>> entries = results.allEvents().reportingEntryPublished().stream()
                .map(e -> e.getRequiredPayload(ReportEntry.class).getKeyValuePairs()).toList();
        assertTrue(entries.stream().anyMatch(m -> m.getOrDefault("seed", "").startsWith("734 (tries 60")), entries::toString);
        assertTrue(entries.stream().anyMatch(m -> m.getOrDefault("statistics", "").contains("total")), entries::toString);
    }
}
