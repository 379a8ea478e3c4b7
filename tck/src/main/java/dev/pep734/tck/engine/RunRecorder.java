package dev.pep734.tck.engine;

import dev.pep734.tck.certificate.TestOutcome;
import dev.pep734.tck.report.SpecLine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.platform.engine.TestExecutionResult;

/** Counts what happened, per profile and level, and keeps every vendor exclusion for the certificate. */
final class RunRecorder {

    /** Passed, failed and aborted tests of one profile and level. */
    static final class Counts {
        int passed;
        int failed;
        int aborted;
    }

    /** A test the vendor's expectations file excluded, and how it actually ended. */
    record Exclusion(String path, String reason, String where, String actual) {
    }

    private final Map<String, Map<String, Counts>> counts = new TreeMap<>();
    private final List<Exclusion> exclusions = new ArrayList<>();
    // Every test's outcome, for the certificate (counts above stay the summary's).
    private final List<TestOutcome> outcomes = new ArrayList<>();

    synchronized void finished(LeafDescriptor leaf, TestExecutionResult result) {
        Counts c = counts(leaf);
        switch (result.getStatus()) {
            case SUCCESSFUL -> c.passed++;
            case FAILED -> c.failed++;
            case ABORTED -> c.aborted++;
        }
        String status = switch (result.getStatus()) {
            case SUCCESSFUL -> TestOutcome.PASSED;
            case FAILED -> TestOutcome.FAILED;
            case ABORTED -> TestOutcome.ABORTED;
        };
        outcomes.add(outcome(leaf, status, result.getThrowable().map(t -> String.valueOf(t.getMessage())).orElse("")));
    }

    synchronized void skipped(LeafDescriptor leaf, String reason) {
        counts(leaf).aborted++;
        outcomes.add(outcome(leaf, TestOutcome.ABORTED, reason));
    }

    synchronized void excluded(Exclusion exclusion) {
        exclusions.add(exclusion);
    }

    synchronized Map<String, Map<String, Counts>> counts() {
        return counts;
    }

    synchronized List<Exclusion> exclusions() {
        return List.copyOf(exclusions);
    }

    /** Sorted by test path: the same list whatever order parallel runs ended in ({@link Constants#PARALLELISM}). */
    synchronized List<TestOutcome> outcomes() {
        return outcomes.stream().sorted(Comparator.comparing(TestOutcome::id)).toList();
    }

    /** The certificate's view of a leaf that ended with {@code status}. */
    static TestOutcome outcome(LeafDescriptor leaf, String status, String message) {
        String clause = leaf.getParent().map(p -> p.getDisplayName()).orElse("");
        return new TestOutcome(TestPaths.stableId(leaf.getUniqueId()), leaf.profileId(), leaf.level(), status,
                leaf.getDisplayName(), clause, SpecLine.of(leaf), message);
    }

    private Counts counts(LeafDescriptor leaf) {
        String level = leaf.level().isEmpty() ? "(none)" : leaf.level();
        return counts.computeIfAbsent(leaf.profileId(), p -> new TreeMap<>()).computeIfAbsent(level, l -> new Counts());
    }
}
