package dev.pep734.reference.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pep734.reference.runtime.GuestError;
import dev.pep734.reference.runtime.RunOutcome;
import dev.pep734.tck.spi.Outcome;
import dev.pep734.tck.spi.PythonError;
import dev.pep734.tck.spi.RunResult;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RunResultsTest {

    private static RunResult map(int exitCode, GuestError error) {
        return RunResults.finished(new RunOutcome(exitCode, Optional.ofNullable(error), false), "out", "err",
                Duration.ofMillis(7));
    }

    @Test
    void exitZeroPassesAndKeepsBothStreamsApart() {
        assertEquals(new RunResult(Outcome.PASSED, 0, "out", "err", Optional.empty(), Duration.ofMillis(7)),
                map(0, null));
    }

    @Test
    void builtinAssertionErrorFails() {
        GuestError error = new GuestError("AssertionError", "AssertionError", "expected 1, got 2", "Traceback...");
        RunResult result = map(1, error);
        assertEquals(Outcome.FAILED, result.outcome());
        assertEquals(1, result.exitCode());
        assertEquals(Optional.of(new PythonError("AssertionError", "AssertionError", "expected 1, got 2",
                "Traceback...")), result.error());
    }

    @Test
    void aClassThatIsOnlyNamedAssertionErrorIsAnError() {
        RunResult result = map(1, new GuestError("AssertionError", "__main__.AssertionError", "", ""));
        assertEquals(Outcome.ERROR, result.outcome());
    }

    @Test
    void otherExceptionsAreErrorsWithTheirTypeAndMessage() {
        RunResult result = map(1, new GuestError("Boom", "pkg.mod.Outer.Boom", "bad", "tb"));
        assertEquals(Outcome.ERROR, result.outcome());
        assertEquals(Optional.of(new PythonError("Boom", "pkg.mod.Outer.Boom", "bad", "tb")), result.error());
    }

    @Test
    void aScriptsOwnClassesAreNamedAsTheTracebackPrintsThem() {
        RunResult result = map(1, new GuestError("Boom", "__main__.Outer.Boom", "bad", "tb"));
        assertEquals(Optional.of(new PythonError("Boom", "Outer.Boom", "bad", "tb")), result.error());
    }

    @Test
    void nonZeroExitWithoutExceptionIsAnErrorWithItsStatus() {
        RunResult result = map(3, null);
        assertEquals(Outcome.ERROR, result.outcome());
        assertEquals(3, result.exitCode());
        assertEquals(Optional.empty(), result.error());
    }
}
