package dev.pep734.kit;

import dev.pep734.tck.engine.TestPaths;
import java.io.PrintStream;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints progress as tests end (done / total and failures so far, every few seconds, and each failure as it
 * happens), and keeps each test's script and output for the report. Tests may end on several threads.
 */
final class RunListener implements TestExecutionListener {

    /** What the engine published for one test: its script, stdout and stderr. */
    record Output(String script, String stdout, String stderr) {
    }

    private static final long PRINT_EVERY_NANOS = 5_000_000_000L;
    private static final int OUTPUT_LIMIT = 64 * 1024;

    private final PrintStream out;
    private final Map<String, Map<String, String>> entries = new ConcurrentHashMap<>();
    // Whole failure messages: the certificate keeps only their first 2000 characters.
    private final Map<String, String> failures = new ConcurrentHashMap<>();
    private long total;
    private long done;
    private long failed;
    private long aborted;
    private long lastPrint = System.nanoTime();
    private long printedDone = -1;
    private String engineFailure;

    RunListener(PrintStream out) {
        this.out = out;
    }

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        total = plan.countTestIdentifiers(TestIdentifier::isTest);
        out.println("pep734-tck: running " + total + " tests");
    }

    @Override
    public synchronized void executionSkipped(TestIdentifier id, String reason) {
        if (id.isTest()) {
            done++;
            aborted++;
            progress(false);
        }
    }

    @Override
    public synchronized void executionFinished(TestIdentifier id, TestExecutionResult result) {
        if (id.getParentId().isEmpty() && result.getStatus() == TestExecutionResult.Status.FAILED) {
            engineFailure = result.getThrowable().map(Throwable::getMessage).orElse("the engine failed");
            out.println("pep734-tck: the run failed: " + engineFailure);
            return;
        }
        if (!id.isTest()) {
            return;
        }
        done++;
        switch (result.getStatus()) {
            case FAILED -> {
                failed++;
                String message = result.getThrowable().map(t -> String.valueOf(t.getMessage())).orElse("");
                failures.put(path(id), message);
                out.println("FAILED " + path(id) + "\n    " + message.lines().findFirst().orElse(""));
            }
            case ABORTED -> aborted++;
            case SUCCESSFUL -> {
            }
        }
        progress(result.getStatus() == TestExecutionResult.Status.FAILED);
    }

    @Override
    public void reportingEntryPublished(TestIdentifier id, ReportEntry entry) {
        Map<String, String> kept = entries.computeIfAbsent(path(id), k -> new ConcurrentHashMap<>());
        entry.getKeyValuePairs().forEach((k, v) -> kept.put(k, v.length() > OUTPUT_LIMIT
                ? v.substring(0, OUTPUT_LIMIT) + "\n[... cut at " + OUTPUT_LIMIT + " characters]" : v));
    }

    @Override
    public synchronized void testPlanExecutionFinished(TestPlan plan) {
        progress(true);
    }

    /** The script and output published for the test with this certificate id, if any. */
    Optional<Output> output(String testId) {
        Map<String, String> e = entries.get(testId);
        return e == null ? Optional.empty()
                : Optional.of(new Output(e.getOrDefault("script", ""), e.getOrDefault("stdout", ""),
                        e.getOrDefault("stderr", "")));
    }

    /** The whole failure message of the test with this certificate id, if it failed. */
    Optional<String> failure(String testId) {
        return Optional.ofNullable(failures.get(testId));
    }

    /** Why the whole run failed (a configuration the engine refused), if it did. */
    synchronized Optional<String> engineFailure() {
        return Optional.ofNullable(engineFailure);
    }

    synchronized long failed() {
        return failed;
    }

    private void progress(boolean now) {
        long t = System.nanoTime();
        if (done != printedDone && (now || t - lastPrint >= PRINT_EVERY_NANOS || done == total)) {
            lastPrint = t;
            printedDone = done;
            out.printf("[%d/%d] %d failed, %d skipped%n", done, total, failed, aborted);
        }
    }

    /** The test's id as certificates and expectations files write it. */
    private static String path(TestIdentifier id) {
        return TestPaths.shortPath(id.getUniqueIdObject());
    }
}
