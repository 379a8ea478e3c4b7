package dev.pep734.tck.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** How a provider's finished process is classified; the stderr texts are as CPython 3.14.3 prints them. */
class ProcessResultsTest {

    private static final Duration TOOK = Duration.ofMillis(5);

    @Test
    void statusZeroPassesWhateverStderrSays() {
        RunResult r = ProcessResults.classify(0, "out\n", "Traceback (most recent call last):\nValueError: x\n", TOOK);
        assertEquals(Outcome.PASSED, r.outcome());
        assertTrue(r.error().isEmpty());
        assertEquals("out\n", r.stdout());
    }

    @Test
    void anUncaughtAssertionErrorFailsAndOtherExceptionsAreErrors() {
        RunResult failed = ProcessResults.classify(1, "", """
                Traceback (most recent call last):
                  File "/tmp/t.py", line 1, in <module>
                    assert 1 == 2, "one is not two"
                           ^^^^^^
                AssertionError: one is not two
                """, TOOK);
        assertEquals(Outcome.FAILED, failed.outcome());
        assertEquals("one is not two", failed.error().orElseThrow().message());
        RunResult error = ProcessResults.classify(1, "", """
                Traceback (most recent call last):
                  File "/tmp/t.py", line 2, in <module>
                    interp.close()
                concurrent.interpreters.InterpreterError: interpreter already destroyed
                """, TOOK);
        assertEquals(Outcome.ERROR, error.outcome());
        assertTrue(error.error().orElseThrow().is("InterpreterError"));
        assertTrue(error.error().orElseThrow().is("concurrent.interpreters.InterpreterError"));
    }

    @Test
    void aNonZeroStatusWithoutTracebackIsAnErrorThatSaysSo() {
        RunResult r = ProcessResults.classify(3, "", "", TOOK);
        assertEquals(Outcome.ERROR, r.outcome());
        assertEquals(3, r.exitCode());
        assertTrue(r.stderr().contains("exited with status 3 without a Python traceback"), r.stderr());
    }

    @Test
    void fatalSignalsAndFatalPythonErrorsAreCrashes() {
        RunResult segv = ProcessResults.classify(128 + 11, "", "", TOOK);
        assertEquals(Outcome.CRASHED, segv.outcome());
        assertTrue(segv.stderr().contains("SIGSEGV"), segv.stderr());
        RunResult fatal = ProcessResults.classify(1, "", "Fatal Python error: _PyInterpreterState_GET: no thread\n", TOOK);
        assertEquals(Outcome.CRASHED, fatal.outcome());
        assertTrue(fatal.error().isEmpty());
    }
}
