package dev.pep734.tck.spi;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Turns how a finished {@code python SCRIPT} process ended into a {@link RunResult}, for a provider that runs
 * each script in a process of its own: exit status 0 passed; an uncaught {@code AssertionError} failed; any
 * other traceback or non-zero status an error (with the exception read by {@link Tracebacks}); a fatal signal
 * or a {@code Fatal Python error:} crashed. Timeouts are the provider's to report
 * ({@link RunResult#aborted}), since only it knows it stopped the process.
 */
public final class ProcessResults {

    /**
     * Signals that end a runtime abnormally. The JDK reports a process killed by signal N as exit status
     * 128 + N, which a script could also produce with {@code sys.exit(128 + N)}; only these signals are read
     * as crashes, and the reason says both readings.
     */
    private static final Map<Integer, String> FATAL_SIGNALS = Map.of(
            4, "SIGILL", 6, "SIGABRT", 7, "SIGBUS", 8, "SIGFPE", 9, "SIGKILL", 11, "SIGSEGV", 15, "SIGTERM");

    private ProcessResults() {
    }

    /**
     * The result of a process that exited by itself.
     *
     * @param exitCode its exit status as {@link Process#exitValue()} gives it (128 + N after signal N)
     * @param stdout what it wrote to standard output
     * @param stderr what it wrote to standard error; a reason is appended when the status alone says what
     *     happened
     * @param elapsed how long it ran
     */
    public static RunResult classify(int exitCode, String stdout, String stderr, Duration elapsed) {
        if (exitCode == 0) {
            return new RunResult(Outcome.PASSED, 0, stdout, stderr, Optional.empty(), elapsed);
        }
        String signal = FATAL_SIGNALS.get(exitCode - 128);
        if (signal != null || stderr.contains("Fatal Python error:")) {
            String reason = signal != null
                    ? "[pep734-tck] the runtime died: killed by signal " + (exitCode - 128) + " (" + signal
                            + "), exit status " + exitCode
                    : "[pep734-tck] the runtime died: Fatal Python error, exit status " + exitCode;
            String err = stderr.isEmpty() ? reason : stderr + (stderr.endsWith("\n") ? "" : "\n") + reason;
            return new RunResult(Outcome.CRASHED, exitCode, stdout, err, Optional.empty(), elapsed);
        }
        Optional<PythonError> error = Tracebacks.uncaught(stderr);
        Outcome outcome = error.filter(e -> e.qualifiedName().equals("AssertionError")).isPresent()
                ? Outcome.FAILED : Outcome.ERROR;
        if (error.isEmpty()) {
            String reason = "[pep734-tck] exited with status " + exitCode + " without a Python traceback";
            stderr = stderr.isEmpty() ? reason : stderr + (stderr.endsWith("\n") ? "" : "\n") + reason;
        }
        return new RunResult(outcome, exitCode, stdout, stderr, error, elapsed);
    }
}
