package dev.pep734.tck.spi;

import java.time.Duration;
import java.util.Optional;

/**
 * What one script run did.
 *
 * @param outcome how it ended
 * @param exitCode the process-style exit status ({@code 0} on success; {@code -1} when there is none,
 *     e.g. timed out)
 * @param stdout everything written to standard output (may be truncated by the implementation; then it ends
 *     with a line saying so)
 * @param stderr everything written to standard error (same rule)
 * @param error the uncaught exception, for {@link Outcome#FAILED} and {@link Outcome#ERROR} when known
 * @param elapsed wall time of the run
 */
public record RunResult(Outcome outcome, int exitCode, String stdout, String stderr, Optional<PythonError> error,
                        Duration elapsed) {

    /** A run that produced no Python-level result: timed out or crashed, with a reason in stderr. */
    public static RunResult aborted(Outcome outcome, String reason, String stdout, String stderr, Duration elapsed) {
        String err = stderr.isEmpty() ? reason : stderr + (stderr.endsWith("\n") ? "" : "\n") + reason;
        return new RunResult(outcome, -1, stdout, err, Optional.empty(), elapsed);
    }
}
