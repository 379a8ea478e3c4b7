package dev.pep734.tck.engine;

import dev.pep734.tck.spi.ImplementationException;
import dev.pep734.tck.spi.Outcome;
import dev.pep734.tck.spi.RunResult;
import dev.pep734.tck.spi.ScriptRun;
import dev.pep734.tck.spi.Session;
import dev.pep734.tck.spi.StartedImplementation;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Holds the current session and guards every run with a watchdog: a hung or crashed implementation costs
 * one test, never the run. A session is replaced after a run that timed out or crashed, or when it says it
 * is no longer usable.
 */
final class SessionKeeper implements AutoCloseable {

    private final StartedImplementation implementation;
    // Runs go on their own daemon threads so that a run which ignores close() cannot block the TCK's thread.
    private final ExecutorService runs = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "pep734-tck-run");
        thread.setDaemon(true);
        return thread;
    });
    private Session session;
    private int opened;

    SessionKeeper(StartedImplementation implementation) {
        this.implementation = implementation;
    }

    /** How much later than the script's own timeout the engine stops waiting: a fifth more, at least 2 s. */
    static Duration grace(Duration timeout) {
        Duration fifth = timeout.dividedBy(5);
        return fifth.compareTo(Duration.ofSeconds(2)) < 0 ? Duration.ofSeconds(2) : fifth;
    }

    /** How many sessions were opened so far (for the summary and for tests of recovery). */
    int sessionsOpened() {
        return opened;
    }

    RunResult run(ScriptRun request) throws ImplementationException {
        if (session == null || !session.isUsable()) {
            replace();
        }
        Session current = session;
        long start = System.nanoTime();
        Future<RunResult> future = runs.submit(() -> current.run(request));
        Duration limit = request.timeout().plus(grace(request.timeout()));
        try {
            RunResult result = future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
            if (result == null) {
                discard();
                return RunResult.aborted(Outcome.CRASHED, "the session returned no result", "", "", since(start));
            }
            if (result.outcome() == Outcome.TIMED_OUT || result.outcome() == Outcome.CRASHED) {
                discard();
            }
            return result;
        } catch (TimeoutException e) {
            discard();
            future.cancel(true);
            return RunResult.aborted(Outcome.TIMED_OUT, "timed out: no result after " + seconds(limit)
                    + " (timeout " + seconds(request.timeout()) + " plus grace); the TCK closed the session",
                    "", "", since(start));
        } catch (ExecutionException e) {
            discard();
            return RunResult.aborted(Outcome.CRASHED, "the session threw " + e.getCause(), "", "", since(start));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            discard();
            return RunResult.aborted(Outcome.CRASHED, "interrupted while waiting for the run", "", "", since(start));
        }
    }

    private void replace() throws ImplementationException {
        discard();
        session = implementation.openSession();
        opened++;
    }

    private void discard() {
        if (session != null) {
            try {
                session.close();
            } catch (RuntimeException ignored) {
                // A broken session may fail to close; it is dropped either way.
            }
            session = null;
        }
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : String.format("%.1f s", d.toMillis() / 1000.0);
    }

    @Override
    public void close() {
        discard();
        runs.shutdownNow();
    }
}
