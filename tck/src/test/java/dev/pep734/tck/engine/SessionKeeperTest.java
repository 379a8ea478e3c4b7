package dev.pep734.tck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pep734.tck.spi.ImplementationInfo;
import dev.pep734.tck.spi.Outcome;
import dev.pep734.tck.spi.RunResult;
import dev.pep734.tck.spi.ScriptRun;
import dev.pep734.tck.spi.Session;
import dev.pep734.tck.spi.StartedImplementation;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A session closed from its own run thread while the run is in flight: no deadlock, a clear error, a fresh session. */
class SessionKeeperTest {

    /** For a run that must time out (its close never returns): short, so that the test is quick. */
    private static final ScriptRun TIMES_OUT = ScriptRun.of(Path.of("closing.py"), Duration.ofMillis(300));
    /**
     * For runs that end by themselves: a timeout they never meet, however late a loaded machine starts the run's
     * thread (with 300 ms plus the 2 s grace, a slow start would turn the expected result into a timeout).
     */
    private static final ScriptRun ENDS = ScriptRun.of(Path.of("closing.py"), Duration.ofSeconds(60));

    /** How a session's run closes the session it runs in. */
    enum Closing {
        /** close() returns at once; the run then reports a pass as if nothing had happened. */
        THEN_PASS,
        /**
         * close() waits for the running script to end, as a careful close does, deaf to interrupts: on the run
         * thread it never ends (a minute here, so that the test leaves no thread behind for long).
         */
        AND_WAIT_FOR_THE_RUN
    }

    /** A session whose first run closes the session from inside that run; later sessions pass. */
    private static final class ClosingSession implements Session {
        private final Closing closing;
        private final CountDownLatch runEnded = new CountDownLatch(1);
        private volatile boolean closed;

        ClosingSession(Closing closing) {
            this.closing = closing;
        }

        @Override
        public RunResult run(ScriptRun request) {
            try {
                close();
                return new RunResult(Outcome.PASSED, 0, "", "", Optional.empty(), Duration.ofMillis(1));
            } finally {
                runEnded.countDown();
            }
        }

        @Override
        public boolean isUsable() {
            return !closed;
        }

        @Override
        public void close() {
            closed = true;
            if (closing == Closing.AND_WAIT_FOR_THE_RUN) {
                long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
                boolean interrupted = false;
                while (runEnded.getCount() > 0 && System.nanoTime() < deadline) {
                    try {
                        runEnded.await(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                }
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    private static final class PassingSession implements Session {
        @Override
        public RunResult run(ScriptRun request) {
            return new RunResult(Outcome.PASSED, 0, "ok\n", "", Optional.empty(), Duration.ofMillis(1));
        }

        @Override
        public boolean isUsable() {
            return true;
        }

        @Override
        public void close() {
        }
    }

    /** The first session closes itself during its run; every later one passes. */
    private static StartedImplementation implementation(Closing closing, AtomicInteger opened) {
        return new StartedImplementation() {
            @Override
            public ImplementationInfo info() {
                throw new UnsupportedOperationException("not needed by the keeper");
            }

            @Override
            public Session openSession() {
                return opened.incrementAndGet() == 1 ? new ClosingSession(closing) : new PassingSession();
            }

            @Override
            public void close() {
            }
        };
    }

    private static void assertClearErrorThenFreshSession(Closing closing, ScriptRun run, Outcome expected,
                                                         String reason) throws Exception {
        AtomicInteger opened = new AtomicInteger();
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            try (SessionKeeper keeper = new SessionKeeper(implementation(closing, opened))) {
                RunResult first = keeper.run(run);
                assertEquals(expected, first.outcome(), first::toString);
                assertTrue(first.stderr().contains(reason), first::toString);
                RunResult second = keeper.run(ENDS);
                assertEquals(Outcome.PASSED, second.outcome(), second::toString);
                assertEquals(2, keeper.sessionsOpened());
            }
        }, "the keeper deadlocked on a session closed from its own run");
    }

    @Test
    void aPassReportedAfterTheSessionClosedItselfIsNotTrusted() throws Exception {
        assertClearErrorThenFreshSession(Closing.THEN_PASS, ENDS, Outcome.CRASHED,
                "the session was closed while the script ran");
    }

    @Test
    void aSessionWhoseCloseWaitsForItsOwnRunCostsOneTestAndNoThread() throws Exception {
        assertClearErrorThenFreshSession(Closing.AND_WAIT_FOR_THE_RUN, TIMES_OUT, Outcome.TIMED_OUT,
                "the session was closed while the script ran");
    }
}
