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
import java.util.concurrent.Future;
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
 */
final class SessionKeeper implements AutoCloseable {

    /** One session place: used by one run at a time, its session opened lazily and replaced when broken. */
    private static final class Slot {
        Session session;
    }

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
        if (slot.session == null || !slot.session.isUsable()) {
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
            }
            return result;
        } catch (TimeoutException e) {
            discard(slot);
            future.cancel(true);
            return RunResult.aborted(Outcome.TIMED_OUT, "timed out: no result after " + seconds(limit)
                    + " (timeout " + seconds(request.timeout()) + " plus grace); the TCK closed the session",
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

    private static void discard(Slot slot) {
        if (slot.session != null) {
            try {
                slot.session.close();
            } catch (RuntimeException ignored) {
                // A broken session may fail to close; it is dropped either way.
            }
            slot.session = null;
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
