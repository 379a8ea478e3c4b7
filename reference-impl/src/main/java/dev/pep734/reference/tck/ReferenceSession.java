package dev.pep734.reference.tck;

import dev.pep734.reference.runtime.RunOutcome;
import dev.pep734.tck.spi.Outcome;
import dev.pep734.tck.spi.RunResult;
import dev.pep734.tck.spi.ScriptRun;
import dev.pep734.tck.spi.Session;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs each script in a fresh {@code PythonRuntime} of this JVM (through a {@link ScriptRunner}), on a worker
 * thread of its own, while the calling thread watches the clock: when the script's timeout expires, or
 * {@link #close()} is called from another thread, the runtime is closed (which cancels the running code) and
 * the run is reported as timed out. A runtime that does not even stop then costs this session (it becomes
 * unusable), never the TCK's thread.
 */
final class ReferenceSession implements Session {

    /** How long a closed runtime may take to give the worker thread back. */
    static final Duration STOP_GRACE = Duration.ofSeconds(5);

    private final int outputLimit;
    private final Duration stopGrace;
    private final ScriptRunner runner;
    private final Object lock = new Object();
    private ScriptRunner.Prepared running;
    /** Set when the current run must stop, even if its runtime is still being built. */
    private boolean stopRequested;
    private boolean closed;
    private boolean broken;

    ReferenceSession(int outputLimit) {
        this(outputLimit, STOP_GRACE, new RuntimeRunner());
    }

    ReferenceSession(int outputLimit, Duration stopGrace, ScriptRunner runner) {
        this.outputLimit = outputLimit;
        this.stopGrace = stopGrace;
        this.runner = runner;
    }

    @Override
    public RunResult run(ScriptRun request) {
        synchronized (lock) {
            if (closed || broken) {
                return RunResult.aborted(Outcome.CRASHED, "this session can no longer run scripts (it was closed or"
                        + " a runtime did not stop)", "", "", Duration.ZERO);
            }
            stopRequested = false;
        }
        CappedOutput stdout = new CappedOutput(outputLimit);
        CappedOutput stderr = new CappedOutput(outputLimit);
        long start = System.nanoTime();
        CompletableFuture<RunOutcome> done = new CompletableFuture<>();
        Thread worker = new Thread(() -> work(request, stdout, stderr, done), "pep734-reference-run");
        worker.setDaemon(true);
        worker.start();
        try {
            RunOutcome outcome = done.get(request.timeout().toNanos(), TimeUnit.NANOSECONDS);
            synchronized (lock) {
                if (closed) {
                    return stopped("the session was closed while the script ran", stdout, stderr, start);
                }
            }
            if (outcome.cancelled()) {
                synchronized (lock) {
                    broken = true;
                }
                return RunResult.aborted(Outcome.CRASHED, "the runtime reports the run as cancelled, but nobody"
                        + " cancelled it", stdout.text(), stderr.text(), since(start));
            }
            return RunResults.finished(outcome, stdout.text(), stderr.text(), since(start));
        } catch (TimeoutException e) {
            stopRuntime(done);
            return stopped("timed out after " + request.timeout().toMillis() + " ms; the runtime was closed",
                    stdout, stderr, start);
        } catch (ExecutionException e) {
            synchronized (lock) {
                if (closed) {
                    return stopped("the session was closed while the script ran", stdout, stderr, start);
                }
                broken = true;
            }
            return RunResult.aborted(Outcome.CRASHED, "the reference runtime failed (not a Python outcome):\n"
                    + stackTrace(e.getCause()), stdout.text(), stderr.text(), since(start));
        } catch (CancellationException e) {
            // The worker saw the session closed before the script started.
            return stopped("the session was closed while the script ran", stdout, stderr, start);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopRuntime(done);
            return stopped("the TCK's thread was interrupted; the runtime was closed", stdout, stderr, start);
        }
    }

    /** The worker: prepares, runs and closes one run; registers it so that the watchdog can close it. */
    private void work(ScriptRun request, CappedOutput stdout, CappedOutput stderr,
                      CompletableFuture<RunOutcome> done) {
        try (ScriptRunner.Prepared prepared = runner.prepare(request, stdout, stderr)) {
            synchronized (lock) {
                if (closed || stopRequested) {
                    done.cancel(false);
                    return;
                }
                running = prepared;
            }
            done.complete(prepared.run());
        } catch (Throwable t) {
            // Anything the runtime throws instead of returning an outcome is a crash of the runtime.
            done.completeExceptionally(t);
        } finally {
            synchronized (lock) {
                running = null;
            }
        }
    }

    /** Closes the running runtime (cancelling its code) and waits a little for the worker to finish. */
    private void stopRuntime(CompletableFuture<RunOutcome> done) {
        synchronized (lock) {
            stopRequested = true;
        }
        closeRunning();
        try {
            done.get(stopGrace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            synchronized (lock) {
                broken = true;
            }
        } catch (ExecutionException | CancellationException e) {
            // Closing made the run throw or cancelled it: expected, the outcome is "timed out" anyway.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void closeRunning() {
        ScriptRunner.Prepared run;
        synchronized (lock) {
            run = running;
        }
        if (run != null) {
            run.close();
        }
    }

    private static RunResult stopped(String reason, CappedOutput stdout, CappedOutput stderr, long start) {
        return RunResult.aborted(Outcome.TIMED_OUT, reason, stdout.text(), stderr.text(), since(start));
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static String stackTrace(Throwable t) {
        StringWriter text = new StringWriter();
        t.printStackTrace(new PrintWriter(text));
        return text.toString();
    }

    @Override
    public boolean isUsable() {
        synchronized (lock) {
            return !closed && !broken;
        }
    }

    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
        }
        closeRunning();
    }
}
