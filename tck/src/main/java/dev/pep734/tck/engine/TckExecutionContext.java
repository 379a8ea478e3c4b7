package dev.pep734.tck.engine;

import dev.pep734.tck.spi.ImplementationContext;
import dev.pep734.tck.spi.ImplementationException;
import dev.pep734.tck.spi.ImplementationInfo;
import dev.pep734.tck.spi.PythonImplementation;
import dev.pep734.tck.spi.StartedImplementation;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.support.hierarchical.EngineExecutionContext;

/**
 * The state of one run: the started implementation and its sessions, the recorder. The implementation is
 * started once, before the first test; if it cannot start, every test that needs it fails with the reason.
 */
final class TckExecutionContext implements EngineExecutionContext {

    private final RunPlan plan;
    private final EngineExecutionListener listener;
    private final RunRecorder recorder = new RunRecorder();
    private final ShardSelection selection;
    private final long startNanos = System.nanoTime();
    private StartedImplementation started;
    private SessionKeeper sessions;
    private String startProblem;
    private LeafRunner runner;

    TckExecutionContext(RunPlan plan, EngineExecutionListener listener) {
        this(plan, listener, ShardSelection.NONE);
    }

    TckExecutionContext(RunPlan plan, EngineExecutionListener listener, ShardSelection selection) {
        this.plan = plan;
        this.listener = listener;
        this.selection = selection;
    }

    void start() {
        runner = new LeafRunner(this, plan, listener);
        if (plan.implementationProblem().isPresent()) {
            startProblem = plan.implementationProblem().get();
            return;
        }
        Optional<PythonImplementation> provider =
                new ImplementationLocator(Thread.currentThread().getContextClassLoader()).find(plan.implementationId());
        if (provider.isEmpty()) {
            startProblem = "implementation '" + plan.implementationId() + "' is no longer on the class path";
            return;
        }
        try {
            started = provider.get().start(new ImplementationContext(plan.settings().values(),
                    directoryOf(plan.implementationId())));
            sessions = new SessionKeeper(started, plan.settings().parallelism());
        } catch (ImplementationException | RuntimeException e) {
            startProblem = "implementation '" + plan.implementationId() + "' could not start: " + e.getMessage();
        }
    }

    void finish() {
        Optional<ImplementationInfo> info = info();
        int opened = sessions == null ? 0 : sessions.sessionsOpened();
        if (sessions != null) {
            sessions.close();
        }
        if (started != null) {
            started.close();
        }
        // A shard's summary and certificate get a directory of their own, so shards run here do not overwrite.
        Path reports = selection.directoryName().map(implementationDir()::resolve).orElse(implementationDir());
        String summary = SummaryWriter.summary(plan, info, recorder,
                Duration.ofNanos(System.nanoTime() - startNanos), opened)
                + "shard: " + selection.label() + "\n"
                + RunCertificate.write(reports, RunCertificate.of(plan, info, recorder, selection));
        System.out.print(summary);
        try {
            SummaryWriter.write(reports, summary, recorder);
        } catch (IOException e) {
            System.out.println("could not write the summary under " + reports + ": " + e);
        }
    }

    /**
     * Where this run's scripts, summary and certificate go: named by the id the started implementation gives
     * itself (a process adapter run as {@code cpython-3.12.1} writes there, not under the adapter's id), else by
     * the id it was chosen by.
     */
    Path implementationDir() {
        return directoryOf(runId());
    }

    /** The id the implementation reports once started, else the one it was chosen by. */
    String runId() {
        return info().map(ImplementationInfo::id).filter(id -> !id.isBlank()).orElse(plan.implementationId());
    }

    private Path directoryOf(String id) {
        String name = id.isEmpty() ? "unknown" : id;
        return plan.settings().workDirectory().resolve(name.replaceAll("[^A-Za-z0-9._-]", "_"));
    }

    Optional<ImplementationInfo> info() {
        try {
            return started == null ? Optional.empty() : Optional.of(started.info());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Why the implementation cannot run tests, when it cannot. */
    Optional<String> startProblem() {
        return Optional.ofNullable(startProblem);
    }

    SessionKeeper sessions() {
        return sessions;
    }

    LeafRunner runner() {
        return runner;
    }

    RunRecorder recorder() {
        return recorder;
    }
}
