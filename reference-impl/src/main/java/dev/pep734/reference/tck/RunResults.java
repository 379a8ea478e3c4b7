package dev.pep734.reference.tck;

import dev.pep734.reference.runtime.GuestError;
import dev.pep734.reference.runtime.RunOutcome;
import dev.pep734.tck.spi.Outcome;
import dev.pep734.tck.spi.PythonError;
import dev.pep734.tck.spi.RunResult;
import java.time.Duration;
import java.util.Optional;

/** Turns what the runtime says about a finished run into what the TCK's SPI reports. */
final class RunResults {

    private static final String MAIN_PREFIX = "__main__.";

    private RunResults() {
    }

    /**
     * Maps a run that ended by itself: exit status 0 passed; an uncaught builtin {@code AssertionError} failed
     * (the script checked something and it did not hold); any other exception or non-zero status is an error.
     * A user class that is merely named {@code AssertionError} has a module in its qualified name and is an error
     * (decided on the runtime's full name, before {@code __main__.} is dropped for the report).
     */
    static RunResult finished(RunOutcome run, String stdout, String stderr, Duration elapsed) {
        Optional<PythonError> error = run.error().map(RunResults::toSpi);
        Outcome outcome;
        if (run.exitCode() == 0 && error.isEmpty()) {
            outcome = Outcome.PASSED;
        } else if (run.error().filter(e -> e.qualifiedName().equals("AssertionError")).isPresent()) {
            outcome = Outcome.FAILED;
        } else {
            outcome = Outcome.ERROR;
        }
        return new RunResult(outcome, run.exitCode(), stdout, stderr, error, elapsed);
    }

    /**
     * The SPI's qualified name is the one Python prints on a traceback's last line, which leaves out
     * {@code __main__.} as it leaves out {@code builtins.}: the process adapter reads it from there, and both
     * implementations must name a script's own classes the same way.
     */
    private static PythonError toSpi(GuestError error) {
        String printed = error.qualifiedName().startsWith(MAIN_PREFIX)
                ? error.qualifiedName().substring(MAIN_PREFIX.length()) : error.qualifiedName();
        return new PythonError(error.typeName(), printed, error.message(), error.traceback());
    }
}
