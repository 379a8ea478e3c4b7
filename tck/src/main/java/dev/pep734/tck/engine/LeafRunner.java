package dev.pep734.tck.engine;

import dev.pep734.tck.property.Property;
import dev.pep734.tck.property.PropertyFiles;
import dev.pep734.tck.property.PropertyResult;
import dev.pep734.tck.property.PropertyRun;
import dev.pep734.tck.property.Seeds;
import dev.pep734.tck.report.AllureBridge;
import dev.pep734.tck.spi.ImplementationException;
import dev.pep734.tck.spi.ImplementationInfo;
import dev.pep734.tck.spi.Outcome;
import dev.pep734.tck.spi.RunResult;
import dev.pep734.tck.spi.ScriptRun;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.reporting.ReportEntry;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * Runs one leaf: writes its script to a real file (also the reproducer), runs it through the session keeper,
 * judges the result, and applies the vendor's expected failures.
 */
final class LeafRunner {

    private final TckExecutionContext context;
    private final RunPlan plan;
    private final EngineExecutionListener listener;
    // Enriches Allure results when allure-junit-platform is on the class path; otherwise does nothing.
    private final AllureBridge allure = AllureBridge.get();
    // One seed for every property of the run, printed once; each property draws its own stream from it.
    private Long seed;

    LeafRunner(TckExecutionContext context, RunPlan plan, EngineExecutionListener listener) {
        this.context = context;
        this.plan = plan;
        this.listener = listener;
    }

    void run(LeafDescriptor leaf) {
        allure.describe(leaf, leaf.level(), context.info().map(i -> i.id() + " " + i.version())
                .orElse(plan.implementationId()));
        LeafWork work = leaf.work();
        if (work instanceof LeafWork.Broken broken) {
            throw new AssertionFailedError(broken.message());
        }
        if (work instanceof LeafWork.NotVerified notVerified) {
            throw new TestAbortedException(notVerified.reason());
        }
        if (context.startProblem().isPresent()) {
            throw new AssertionFailedError(context.startProblem().get());
        }
        String profile = leaf.profileId();
        if (!claimed().contains(profile)) {
            throw new TestAbortedException("profile " + profile + " not claimed by " + describe());
        }
        String path = TestPaths.stableId(leaf.getUniqueId());
        Optional<VendorExpectations.Entry> expected = plan.expectations().lookup(TestPaths.namesOf(leaf));
        try {
            if (work instanceof LeafWork.Property property) {
                runProperty(leaf, property);
            } else {
                runScript(leaf, (LeafWork.Script) work);
            }
        } catch (AssertionError e) {
            if (expected.isEmpty()) {
                throw e;
            }
            record(path, expected.get(), "failed");
            throw new TestAbortedException("expected failure: " + expected.get().reason(), e);
        }
        if (expected.isPresent()) {
            record(path, expected.get(), "passed");
            throw new AssertionFailedError("unexpectedly passed: remove it from the expectations ("
                    + plan.expectations().where(expected.get()) + ": " + expected.get().path() + ")");
        }
    }

    private void runScript(LeafDescriptor leaf, LeafWork.Script script) {
        Path file = TestPaths.scriptFile(context.implementationDir().resolve("scripts"), leaf.getUniqueId());
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, script.source(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the test script " + file, e);
        }
        allure.attachScript(leaf, script.source());
        Duration timeout = script.timeout().orElseGet(() -> plan.settings().timeout());
        RunResult result;
        try {
            result = context.sessions().run(ScriptRun.of(file, timeout).forProfile(leaf.profileId()));
        } catch (ImplementationException e) {
            throw new AssertionFailedError("could not open a session of " + describe() + ": " + e.getMessage(), e);
        }
        // The reproducer, for reports that list a test's files (the standalone kit's report.html).
        publish(leaf, "script", file.toString());
        publish(leaf, "stdout", result.stdout());
        publish(leaf, "stderr", result.stderr());
        result.error().ifPresent(e -> allure.attachTraceback(leaf, e.traceback()));
        Verdict.judge(leaf.getDisplayName(), script, result, file);
    }

    /** Checks a property through the session keeper; its seed and statistics go to the reports either way. */
    private void runProperty(LeafDescriptor leaf, LeafWork.Property work) {
        long runSeed;
        int tries;
        try {
            runSeed = seed();
            tries = plan.settings().tries();
        } catch (IllegalArgumentException e) {
            throw new AssertionFailedError(e.getMessage());
        }
        Property property = work.property();
        Path directory = context.implementationDir().resolve("properties").resolve(property.name());
        Duration timeout = plan.settings().timeout();
        PropertyRun run = new PropertyRun(runSeed, tries, PropertyFiles.fresh(directory), file -> {
            try {
                return context.sessions().run(ScriptRun.of(file, timeout).forProfile(leaf.profileId()));
            } catch (ImplementationException e) {
                return RunResult.aborted(Outcome.CRASHED, "could not open a session of " + describe() + ": "
                        + e.getMessage(), "", "", Duration.ZERO);
            }
        }, PropertyFiles.replay(plan.settings().values(), runSeed, tries));
        PropertyResult result = property.check(run);
        publish(leaf, "seed", runSeed + " (tries " + tries + ", " + result.scripts() + " scripts)");
        publish(leaf, "statistics", result.statisticsText());
        allure.attachStatistics(leaf, result.statisticsText());
        if (!result.passed()) {
            allure.attachCounterexample(leaf, result.message());
            result.reproducer().ifPresent(r -> {
                try {
                    allure.attachScript(leaf, Files.readString(r, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    // the message names the reproducer; an unreadable copy only loses the attachment
                }
            });
            throw new AssertionFailedError(leaf.getDisplayName() + ": " + result.message());
        }
    }

    /** The run's property seed: given, or fresh and then printed once (leaves may run on several threads). */
    private synchronized long seed() {
        if (seed == null) {
            seed = plan.settings().seed().orElseGet(Seeds::fresh);
            System.out.println("pep734-tck: property seed " + seed + " (replay with -D" + Constants.SEED + "="
                    + seed + " -D" + Constants.TRIES + "=" + plan.settings().tries() + ")");
        }
        return seed;
    }

    private void publish(LeafDescriptor leaf, String key, String value) {
        // JUnit refuses a blank report entry: output of only newlines or spaces must not break the test.
        if (value != null && !value.isBlank()) {
            listener.reportingEntryPublished(leaf, ReportEntry.from(key, value));
        }
    }

    private void record(String path, VendorExpectations.Entry entry, String actual) {
        context.recorder().excluded(new RunRecorder.Exclusion(path, entry.reason(),
                plan.expectations().where(entry), actual));
    }

    private Set<String> claimed() {
        return plan.settings().claimedProfilesOverride()
                .orElseGet(() -> context.info().map(ImplementationInfo::profiles).orElse(Set.of()));
    }

    private String describe() {
        return context.info().map(i -> i.id() + " (" + i.name() + " " + i.version() + ")")
                .orElse(plan.implementationId());
    }
}
