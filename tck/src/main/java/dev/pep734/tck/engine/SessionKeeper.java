package dev.pep734.tck.engine;

import dev.pep734.tck.spi.ImplementationException;
import dev.pep734.tck.spi.Outcome;
import dev.pep734.tck.spi.RunResult;
import dev.pep734.tck.spi.ScriptRun;
import dev.pep734.tck.spi.Session;
import dev.pep734.tck.spi.StartedImplementation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Holds the sessions of a run and guards every run with a watchdog: a hung or crashed implementation costs
 * one test, never the run. A session is replaced after a run that timed out or crashed, or when it says it
 * is no longer usable.
 *
 * <p>With {@link Constants#PARALLELISM} above one, the keeper holds that many slots: each run takes a free slot
 * (waiting for one), uses that slot's session alone and gives it back, so a session is still used by one thread
 * at a time and the watchdog and replacement logic stay per session.
 *
 * <p>A session may be closed by its own run (an implementation that gives up, or a close that reaches the run
 * thread): its result is then not trusted, and the TCK's thread never waits on such a session for more than
 * {@link #SESSION_CALL_LIMIT} ({@code close()} and {@code isUsable()} run on a daemon thread), since a close that
 * waits for its own run never returns.
 */
final class SessionKeeper implements AutoCloseable {

    /** One session place: used by one run at a time, its session opened lazily and replaced when broken. */
    private static final class Slot {
        Session session;
    }

    /** How long the TCK's thread waits for a session's {@code close()} or {@code isUsable()} before giving up on it. */
    static final Duration SESSION_CALL_LIMIT = Duration.ofSeconds(5);

    private static final String CLOSED_DURING_RUN = "the session was closed while the script ran (not by the TCK)";

    private final StartedImplementation implementation;
    // Runs go on their own daemon threads so that a run which ignores close() cannot block the TCK's thread.
    private final ExecutorService runs = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "pep734-tck-run");
        thread.setDaemon(true);
        return thread;
    });
    private final List<Slot> slots = new ArrayList<>();
    private final BlockingQueue<Slot> free;
    private final AtomicInteger opened = new AtomicInteger();

    SessionKeeper(StartedImplementation implementation) {
        this(implementation, 1);
    }

    /** @param parallelism how many sessions may run scripts at the same time */
    SessionKeeper(StartedImplementation implementation, int parallelism) {
        this.implementation = implementation;
        this.free = new ArrayBlockingQueue<>(parallelism);
        for (int i = 0; i < parallelism; i++) {
            Slot slot = new Slot();
            slots.add(slot);
            free.add(slot);
        }
    }

    /** How much later than the script's own timeout the engine stops waiting: a fifth more, at least 2 s. */
    static Duration grace(Duration timeout) {
        Duration fifth = timeout.dividedBy(5);
        return fifth.compareTo(Duration.ofSeconds(2)) < 0 ? Duration.ofSeconds(2) : fifth;
    }

    /** How many sessions were opened so far (for the summary and for tests of recovery). */
    int sessionsOpened() {
        return opened.get();
    }

    /** How many sessions may run at once. */
    int parallelism() {
        return slots.size();
    }

    RunResult run(ScriptRun request) throws ImplementationException {
        Slot slot;
        try {
            slot = free.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return RunResult.aborted(Outcome.CRASHED, "interrupted while waiting for a free session", "", "",
                    Duration.ZERO);
        }
        try {
            return runIn(slot, request);
        } finally {
            free.add(slot);
        }
    }

    private RunResult runIn(Slot slot, ScriptRun request) throws ImplementationException {
        Session previous = slot.session;
        if (previous == null || !within(previous::isUsable, false)) {
            replace(slot);
        }
        Session current = slot.session;
        long start = System.nanoTime();
        Future<RunResult> future = runs.submit(() -> current.run(request));
        Duration limit = request.timeout().plus(grace(request.timeout()));
        try {
            RunResult result = future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
            if (result == null) {
                discard(slot);
                return RunResult.aborted(Outcome.CRASHED, "the session returned no result", "", "", since(start));
            }
            if (result.outcome() == Outcome.TIMED_OUT || result.outcome() == Outcome.CRASHED) {
                discard(slot);
                return result;
            }
            // The keeper checked the session usable before the run: unusable now means closed or broken during it.
            if (!within(current::isUsable, false)) {
                discard(slot);
                return RunResult.aborted(Outcome.CRASHED, CLOSED_DURING_RUN + ", so its " + result.outcome()
                        + " result is not trusted", result.stdout(), result.stderr(), since(start));
            }
            return result;
        } catch (TimeoutException e) {
            future.cancel(true);
            boolean closedDuringRun = !within(current::isUsable, true);
            discard(slot);
            return RunResult.aborted(Outcome.TIMED_OUT, "timed out: no result after " + seconds(limit)
                    + " (timeout " + seconds(request.timeout()) + " plus grace); "
                    + (closedDuringRun ? CLOSED_DURING_RUN + " and never returned" : "the TCK closed the session"),
                    "", "", since(start));
        } catch (ExecutionException e) {
            discard(slot);
            return RunResult.aborted(Outcome.CRASHED, "the session threw " + e.getCause(), "", "", since(start));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            discard(slot);
            return RunResult.aborted(Outcome.CRASHED, "interrupted while waiting for the run", "", "", since(start));
        }
    }

    private void replace(Slot slot) throws ImplementationException {
        discard(slot);
        // openSession is called from several threads at once when runs are parallel; providers are asked to
        // cope, but serialising it costs nothing (opening is cheap next to running a script).
        synchronized (implementation) {
            slot.session = implementation.openSession();
        }
        opened.incrementAndGet();
    }

    /** Closes and drops the slot's session; a close that does not return in time is left to its daemon thread. */
    private void discard(Slot slot) {
        Session session = slot.session;
        slot.session = null;
        if (session != null) {
            // A broken session may fail to close, or never finish closing; it is dropped either way.
            within(() -> {
                session.close();
                return true;
            }, false);
        }
    }

    /**
     * Calls into a session on a daemon thread and waits at most {@link #SESSION_CALL_LIMIT}: the answer, or
     * {@code otherwise} when the call throws, does not return in time, or cannot start (keeper closed).
     */
    private <T> T within(Callable<T> call, T otherwise) {
        Future<T> answer;
        try {
            answer = runs.submit(call);
        } catch (RejectedExecutionException e) {
            return otherwise;
        }
        try {
            return answer.get(SESSION_CALL_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return otherwise;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return otherwise;
        }
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : String.format("%.1f s", d.toMillis() / 1000.0);
    }

    /** Closes every session; called after the last run, when no slot is in use. */
    @Override
    public void close() {
        for (Slot slot : slots) {
            discard(slot);
        }
        runs.shutdownNow();
    }
}
