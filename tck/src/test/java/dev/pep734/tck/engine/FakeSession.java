package dev.pep734.tck.engine;

import dev.pep734.tck.spi.Outcome;
import dev.pep734.tck.spi.PythonError;
import dev.pep734.tck.spi.RunResult;
import dev.pep734.tck.spi.ScriptRun;
import dev.pep734.tck.spi.Session;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.function.UnaryOperator;

/**
 * A session that "runs" a script by obeying its {@code # fake:} lines: {@code print TEXT},
 * {@code stderr TEXT}, {@code raise TYPE MESSAGE}, {@code sleep MILLIS}, {@code hang} (until closed, ignoring its
 * own timeout), {@code crash}. A script without them passes. A broken fake distorts the faithful result.
 */
final class FakeSession implements Session {

    private final int number;
    private final UnaryOperator<RunResult> distortion;
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile boolean usable = true;

    FakeSession(int number, UnaryOperator<RunResult> distortion) {
        this.number = number;
        this.distortion = distortion;
    }

    @Override
    public RunResult run(ScriptRun request) {
        String source;
        try {
            source = Files.readString(request.script());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FakeImplementation.RUNS.add(number + ":" + request.script().getFileName());
        int running = FakeImplementation.RUNNING.incrementAndGet();
        FakeImplementation.MAX_RUNNING.accumulateAndGet(running, Math::max);
        try {
            return obey(source);
        } finally {
            FakeImplementation.RUNNING.decrementAndGet();
        }
    }

    private RunResult obey(String source) {
        StringBuilder out = new StringBuilder();
        StringBuilder err = new StringBuilder();
        for (String line : source.split("\n")) {
            if (!line.startsWith("# fake: ")) {
                continue;
            }
            String[] words = line.substring("# fake: ".length()).split(" ", 3);
            switch (words[0]) {
                case "print" -> out.append(line.substring("# fake: print ".length())).append('\n');
                case "stderr" -> err.append(line.substring("# fake: stderr ".length())).append('\n');
                case "sleep" -> sleep(Long.parseLong(words[1]));
                case "overlap" -> awaitOverlap(Integer.parseInt(words[1]));
                case "hang" -> {
                    awaitClose();
                    return RunResult.aborted(Outcome.CRASHED, "closed while hanging", "", "", Duration.ZERO);
                }
                case "crash" -> {
                    usable = false;
                    return RunResult.aborted(Outcome.CRASHED, "fake crash", out.toString(), "", Duration.ZERO);
                }
                case "raise" -> {
                    String type = words[1];
                    String message = words.length > 2 ? words[2] : "";
                    String traceback = "Traceback (most recent call last):\n  File \"x.py\", line 1\n" + type + ": "
                            + message + "\n";
                    Outcome outcome = "AssertionError".equals(type) ? Outcome.FAILED : Outcome.ERROR;
                    return distortion.apply(new RunResult(outcome, 1, out.toString(), err + traceback,
                            Optional.of(new PythonError(type, type, message, traceback)), Duration.ofMillis(1)));
                }
                default -> { }
            }
        }
        return distortion.apply(new RunResult(Outcome.PASSED, 0, out.toString(), err.toString(), Optional.empty(),
                Duration.ofMillis(1)));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** How long {@code # fake: overlap N} waits for N runs to have run at once before going on regardless. */
    static final Duration OVERLAP_LIMIT = Duration.ofSeconds(20);

    /**
     * Waits until {@code runs} runs have been going on at the same time (now or earlier), at most
     * {@link #OVERLAP_LIMIT}: parallel runs then meet however slowly a loaded machine hands out work, and a
     * serial engine shows up as a maximum below {@code runs}, not as a hang.
     */
    private static void awaitOverlap(int runs) {
        long deadline = System.nanoTime() + OVERLAP_LIMIT.toNanos();
        while (FakeImplementation.MAX_RUNNING.get() < runs && System.nanoTime() < deadline) {
            sleep(5);
        }
    }

    private void awaitClose() {
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isUsable() {
        return usable;
    }

    @Override
    public void close() {
        usable = false;
        closed.countDown();
    }
}
