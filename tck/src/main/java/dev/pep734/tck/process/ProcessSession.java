package dev.pep734.tck.process;

import dev.pep734.tck.spi.Outcome;
import dev.pep734.tck.spi.ProcessResults;
import dev.pep734.tck.spi.RunResult;
import dev.pep734.tck.spi.ScriptRun;
import dev.pep734.tck.spi.Session;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Runs each script in a new {@code python SCRIPT ARGS...} process, so every run starts from a fresh main
 * interpreter. A crash or a timeout costs that run only: the next run starts a new process, so the session
 * stays usable until {@link #close()}.
 */
final class ProcessSession implements Session {

    /** How long to wait for the pipes to drain after the process ended (a grandchild may hold them). */
    private static final long DRAIN_GRACE_MILLIS = 2_000;
    private static final long WATCH_MILLIS = 200;

    private final PythonCommand command;
    private final int outputLimit;
    private Process running; // guarded by this
    private boolean closed; // guarded by this

    ProcessSession(PythonCommand command, int outputLimit) {
        this.command = command;
        this.outputLimit = outputLimit;
    }

    @Override
    public RunResult run(ScriptRun request) {
        long start = System.nanoTime();
        List<String> argv = new ArrayList<>();
        argv.add(command.executable().toString());
        argv.add(request.script().toAbsolutePath().toString());
        argv.addAll(request.arguments());
        ProcessBuilder builder = new ProcessBuilder(argv)
                .directory(request.workingDirectory().toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Map<String, String> env = builder.environment();
        env.clear();
        env.putAll(command.environment());
        if (!request.profile().isEmpty()) {
            env.put("PEP734_PROFILE", request.profile());
        }
        Process process;
        synchronized (this) {
            if (closed) {
                return RunResult.aborted(Outcome.CRASHED, "the session was closed before the run", "", "",
                        elapsed(start));
            }
            try {
                process = builder.start();
            } catch (IOException e) {
                return RunResult.aborted(Outcome.CRASHED, "could not start " + command.executable() + ": "
                        + e.getMessage(), "", "", elapsed(start));
            }
            running = process;
        }
        OutputCollector out = OutputCollector.start(process.getInputStream(), outputLimit, "python-stdout");
        OutputCollector err = OutputCollector.start(process.getErrorStream(), outputLimit, "python-stderr");
        try {
            Set<ProcessHandle> seen = new HashSet<>();
            boolean finished = waitWatchingChildren(process, request.timeout(), seen);
            if (!finished) {
                ProcessTrees.kill(process);
            }
            // Also after a timeout: a child that detached itself (double fork) is no longer a descendant.
            int leftovers = ProcessTrees.killAll(seen);
            out.await(DRAIN_GRACE_MILLIS);
            err.await(DRAIN_GRACE_MILLIS);
            boolean closedMeanwhile;
            synchronized (this) {
                running = null;
                closedMeanwhile = closed;
            }
            if (!finished) {
                return RunResult.aborted(Outcome.TIMED_OUT, "[pep734-tck] timed out after " + request.timeout()
                        .toMillis() + " ms: killed the process and its descendants", out.text(), err.text(),
                        elapsed(start));
            }
            if (closedMeanwhile) {
                return RunResult.aborted(Outcome.CRASHED, "[pep734-tck] stopped: the session was closed while the "
                        + "script ran", out.text(), err.text(), elapsed(start));
            }
            String stderr = err.text();
            if (leftovers > 0) {
                stderr += (stderr.isEmpty() || stderr.endsWith("\n") ? "" : "\n") + "[pep734-tck] killed " + leftovers
                        + " process(es) that the script left running\n";
            }
            return ProcessResults.classify(process.exitValue(), out.text(), stderr, elapsed(start));
        } catch (InterruptedException e) {
            ProcessTrees.kill(process);
            Thread.currentThread().interrupt();
            return RunResult.aborted(Outcome.CRASHED, "[pep734-tck] interrupted while waiting for the script",
                    out.text(), err.text(), elapsed(start));
        }
    }

    /**
     * Waits for the process, noting its descendants every {@value #WATCH_MILLIS} ms: once it has ended, the
     * children it left behind are re-parented and can only be found through such a note. Processes that live
     * shorter than one interval may escape; a run must not leak state into the next, so this is best effort.
     */
    private static boolean waitWatchingChildren(Process process, Duration timeout, Set<ProcessHandle> seen)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (left <= 0) {
                return false;
            }
            if (process.waitFor(Math.min(left, WATCH_MILLIS), TimeUnit.MILLISECONDS)) {
                return true;
            }
            process.descendants().forEach(seen::add);
        }
    }

    private static Duration elapsed(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    @Override
    public synchronized boolean isUsable() {
        return !closed;
    }

    @Override
    public void close() {
        Process process;
        synchronized (this) {
            closed = true;
            process = running;
        }
        if (process != null) {
            ProcessTrees.kill(process);
        }
    }
}
