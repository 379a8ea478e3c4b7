package dev.pep734.reference.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pep734.reference.runtime.RunOutcome;
import dev.pep734.tck.spi.Outcome;
import dev.pep734.tck.spi.RunResult;
import dev.pep734.tck.spi.ScriptRun;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The session's watchdog against runners that misbehave the ways a broken runtime would: throwing instead of
 * returning, never ending, ignoring close. No GraalPy here: these runners are fakes.
 */
class SessionWatchdogTest {

    /** For runs that end by themselves: a timeout they never meet, however late a loaded machine starts them. */
    private static final ScriptRun RUN = new ScriptRun(Path.of("t.py"), Path.of("."), List.of(),
            Duration.ofSeconds(60));
    /**
     * For runs that must time out. The worker thread has to reach the fake (print, register) before the timeout,
     * else the run is cancelled before it prints: 300 ms can pass on a loaded machine before a new thread runs.
     */
    private static final ScriptRun TIMES_OUT = new ScriptRun(Path.of("t.py"), Path.of("."), List.of(),
            Duration.ofSeconds(2));

    /** Released at the end of each test, so that no fake keeps a thread busy afterwards. */
    private final CountDownLatch testOver = new CountDownLatch(1);
    /** Counted down by a blocking fake once it has printed and is running. */
    private final CountDownLatch runStarted = new CountDownLatch(1);

    @AfterEach
    void release() {
        testOver.countDown();
    }

    /** A run that prints, then blocks until it is closed (when {@code obeysClose}) or the test is over. */
    private ScriptRunner blocking(boolean obeysClose, AtomicInteger closes) {
        return (request, stdout, stderr) -> new ScriptRunner.Prepared() {
            private final CountDownLatch stopped = new CountDownLatch(1);

            @Override
            public RunOutcome run() {
                new PrintStream(stdout, true, StandardCharsets.UTF_8).print("started\n");
                runStarted.countDown();
                try {
                    while (!testOver.await(10, TimeUnit.MILLISECONDS)) {
                        if (obeysClose && stopped.getCount() == 0) {
                            return new RunOutcome(1, Optional.empty(), true);
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return new RunOutcome(0, Optional.empty(), false);
            }

            @Override
            public void close() {
                closes.incrementAndGet();
                stopped.countDown();
            }
        };
    }

    @Test
    void timeoutClosesTheRunAndKeepsWhatItPrinted() {
        AtomicInteger closes = new AtomicInteger();
        ReferenceSession session = new ReferenceSession(1000, Duration.ofSeconds(5), blocking(true, closes));
        RunResult result = session.run(TIMES_OUT);
        assertEquals(Outcome.TIMED_OUT, result.outcome());
        assertEquals(-1, result.exitCode());
        assertEquals("started\n", result.stdout());
        assertEquals("timed out after 2000 ms; the runtime was closed", result.stderr());
        assertTrue(closes.get() >= 1, "the run was closed");
        assertTrue(result.elapsed().compareTo(TIMES_OUT.timeout()) >= 0, result.elapsed().toString());
        assertTrue(session.isUsable(), "a run that stopped when closed leaves the session usable");
    }

    @Test
    void aRunThatIgnoresCloseCostsTheSessionNotTheCaller() {
        ReferenceSession session = new ReferenceSession(1000, Duration.ofMillis(200),
                blocking(false, new AtomicInteger()));
        long start = System.nanoTime();
        RunResult result = session.run(TIMES_OUT);
        assertEquals(Outcome.TIMED_OUT, result.outcome());
        // Timeout 2 s plus the 200 ms grace; the bound is a hang guard, below the 7 s of a 5 s default grace.
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(6).toNanos(), "returned after timeout and grace");
        assertFalse(session.isUsable());
        assertEquals(Outcome.CRASHED, session.run(RUN).outcome(), "a broken session refuses further runs");
    }

    @Test
    void closeFromAnotherThreadStopsTheRunningScript() throws InterruptedException {
        AtomicInteger closes = new AtomicInteger();
        ReferenceSession session = new ReferenceSession(1000, Duration.ofSeconds(5), blocking(true, closes));
        ScriptRun longRun = new ScriptRun(Path.of("t.py"), Path.of("."), List.of(), Duration.ofSeconds(60));
        // Closes once the run is going (not after a fixed sleep, which a slow start of the run can outlast).
        Thread closer = new Thread(() -> {
            awaitQuietly(runStarted);
            session.close();
        });
        closer.start();
        long start = System.nanoTime();
        RunResult result = session.run(longRun);
        closer.join();
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(30).toNanos(), "close stopped the run");
        assertEquals(Outcome.TIMED_OUT, result.outcome());
        assertEquals("started\nthe session was closed while the script ran", result.stdout() + result.stderr());
        assertTrue(closes.get() >= 1, "the run was closed");
        assertFalse(session.isUsable());
        session.close();
    }

    @Test
    void aRuntimeThatThrowsInsteadOfReturningCrashes() {
        ReferenceSession session = new ReferenceSession(1000, Duration.ofSeconds(5), (request, out, err) ->
                new ScriptRunner.Prepared() {
                    @Override
                    public RunOutcome run() {
                        throw new IllegalStateException("context lost");
                    }

                    @Override
                    public void close() {
                    }
                });
        RunResult result = session.run(RUN);
        assertEquals(Outcome.CRASHED, result.outcome());
        assertTrue(result.stderr().startsWith("the reference runtime failed (not a Python outcome):\n"
                + "java.lang.IllegalStateException: context lost\n"), result.stderr());
        assertFalse(session.isUsable());
    }

    @Test
    void aRuntimeThatCannotBeBuiltCrashes() {
        ReferenceSession session = new ReferenceSession(1000, Duration.ofSeconds(5), (request, out, err) -> {
            throw new LinkageError("no GraalPy");
        });
        RunResult result = session.run(RUN);
        assertEquals(Outcome.CRASHED, result.outcome());
        assertTrue(result.stderr().contains("java.lang.LinkageError: no GraalPy"), result.stderr());
    }

    @Test
    void aCancelledOutcomeThatNobodyAskedForIsACrash() {
        ReferenceSession session = new ReferenceSession(1000, Duration.ofSeconds(5), (request, out, err) ->
                new ScriptRunner.Prepared() {
                    @Override
                    public RunOutcome run() {
                        return new RunOutcome(1, Optional.empty(), true);
                    }

                    @Override
                    public void close() {
                    }
                });
        assertEquals(Outcome.CRASHED, session.run(RUN).outcome());
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
