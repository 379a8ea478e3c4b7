package dev.pep734.reference.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pep734.tck.spi.Outcome;
import dev.pep734.tck.spi.PythonError;
import dev.pep734.tck.spi.RunResult;
import dev.pep734.tck.spi.ScriptRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SPI session on the real reference runtime: every outcome the TCK can see, from real Python scripts. */
class ReferenceSessionTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    @TempDir
    Path dir;

    private final ReferenceSession session = new ReferenceSession(CappedOutput.DEFAULT_LIMIT);

    @AfterEach
    void close() {
        session.close();
    }

    private ScriptRun script(String name, String source) throws IOException {
        return ScriptRun.of(Files.writeString(dir.resolve(name), source), TIMEOUT);
    }

    @Test
    void aScriptThatEndsPassesWithItsArgumentsDirectoryAndStreamsApart() throws IOException {
        Path work = Files.createDirectory(dir.resolve("work"));
        Path file = Files.writeString(dir.resolve("ok.py"), """
                import os, sys
                print(sys.argv[1:], os.getcwd())
                print("warning", file=sys.stderr)
                """);
        RunResult result = session.run(new ScriptRun(file, work, List.of("a", "b c"), TIMEOUT));
        assertEquals(Outcome.PASSED, result.outcome(), result.stderr());
        assertEquals(0, result.exitCode());
        assertEquals("['a', 'b c'] " + work.toRealPath() + "\n", result.stdout());
        assertEquals("warning\n", result.stderr());
        assertEquals(Optional.empty(), result.error());
        assertTrue(session.isUsable());
    }

    @Test
    void anAssertionErrorFails() throws IOException {
        RunResult result = session.run(script("fails.py", "assert 1 + 1 == 3, 'expected 3, got 2'\n"));
        assertEquals(Outcome.FAILED, result.outcome(), result.stderr());
        assertEquals(1, result.exitCode());
        PythonError error = result.error().orElseThrow();
        assertEquals(new PythonError("AssertionError", "AssertionError", "expected 3, got 2", error.traceback()), error);
        assertTrue(error.traceback().endsWith("AssertionError: expected 3, got 2\n"), error.traceback());
        assertTrue(result.stderr().contains(error.traceback()), result.stderr());
    }

    @Test
    void anyOtherExceptionIsAnErrorWithItsNameQualifiedNameAndMessage() throws IOException {
        RunResult result = session.run(script("error.py", """
                class Outer:
                    class Broken(LookupError):
                        pass
                raise Outer.Broken("no such thing")
                """));
        assertEquals(Outcome.ERROR, result.outcome(), result.stderr());
        assertEquals(1, result.exitCode());
        PythonError error = result.error().orElseThrow();
        assertEquals("Broken", error.typeName());
        // As CPython prints it on the traceback's last line (no "__main__."), like the process adapter reports it.
        assertEquals("Outer.Broken", error.qualifiedName());
        assertEquals("no such thing", error.message());
        assertTrue(result.stderr().endsWith("\nOuter.Broken: no such thing\n"), result.stderr());
    }

    @Test
    void systemExitWithAStatusIsAnErrorWithThatStatusAndNoException() throws IOException {
        RunResult result = session.run(script("exit.py", "print('bye')\nraise SystemExit(3)\n"));
        assertEquals(new RunResult(Outcome.ERROR, 3, "bye\n", "", Optional.empty(), result.elapsed()), result);
    }

    @Test
    void aLoopThatNeverEndsTimesOutAndKeepsWhatItPrinted() throws IOException {
        ScriptRun forever = new ScriptRun(Files.writeString(dir.resolve("loop.py"),
                "print('looping', flush=True)\nwhile True:\n    pass\n"), dir, List.of(), Duration.ofSeconds(30));
        RunResult result = session.run(forever);
        assertEquals(Outcome.TIMED_OUT, result.outcome(), result.stderr());
        assertEquals(-1, result.exitCode());
        assertEquals("looping\n", result.stdout());
        assertTrue(result.stderr().endsWith("timed out after 30000 ms; the runtime was closed"), result.stderr());
        assertTrue(result.elapsed().compareTo(Duration.ofSeconds(30)) >= 0, result.elapsed().toString());
        assertTrue(result.elapsed().compareTo(Duration.ofSeconds(30).plus(ReferenceSession.STOP_GRACE)) < 0,
                "the runtime stopped when closed: " + result.elapsed());
        assertTrue(session.isUsable(), "a runtime that stopped when closed leaves the session usable");
    }

    @Test
    void outputBeyondTheLimitIsDroppedWithALineSayingSo() throws IOException {
        try (ReferenceSession small = new ReferenceSession(1000)) {
            RunResult result = small.run(script("loud.py", "print('x' * 4999)\n"));
            assertEquals(Outcome.PASSED, result.outcome(), result.stderr());
            assertEquals("x".repeat(1000) + "\n[output truncated: 4000 more bytes after the first 1000 were not kept]\n",
                    result.stdout());
        }
    }

    @Test
    void eachRunStartsFromAFreshMainInterpreter() throws IOException {
        RunResult first = session.run(script("first.py", "import json, sys\njson.leaked = True\nsys.argv.append('x')\n"));
        RunResult second = session.run(script("second.py", """
                import json, sys
                assert not hasattr(json, 'leaked'), 'module state leaked from the previous run'
                assert sys.argv[1:] == [], sys.argv
                """));
        assertEquals(Outcome.PASSED, first.outcome(), first.stderr());
        assertEquals(Outcome.PASSED, second.outcome(), second.stderr());
    }
}
