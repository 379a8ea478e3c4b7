package dev.pep734.reference.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher running real Python in the reference runtime: each test costs one GraalPy context, so each
 * checks several things of one run.
 */
class MainRunTest {

    @Test
    void codeGetsItsArgumentsBothStreamsAndItsSystemExitStatus() {
        LauncherRun run = LauncherRun.of("-c", "import sys; print(sys.argv); print('to err', file=sys.stderr);"
                + " raise SystemExit(3)", "a", "-x");
        assertEquals(new LauncherRun(3, "['-c', 'a', '-x']\n", "to err\n"), run);
    }

    @Test
    void systemExitWithAMessagePrintsItAndExits1() {
        assertEquals(new LauncherRun(1, "", "bye\n"), LauncherRun.of("-c", "import sys; sys.exit('bye')"));
    }

    @Test
    void uncaughtExceptionInAFileExits1WithItsTracebackOnStderr(@TempDir Path dir) throws IOException {
        Path script = Files.writeString(dir.resolve("boom.py"), """
                import sys
                def fail():
                    raise ValueError("boom")
                print(__name__, sys.argv[1:])
                fail()
                """);
        LauncherRun run = LauncherRun.of(script.toString(), "one", "two");
        assertEquals(1, run.status(), run.stderr());
        assertEquals("__main__ ['one', 'two']\n", run.stdout());
        assertTrue(run.stderr().startsWith("Traceback (most recent call last):\n"), run.stderr());
        assertTrue(run.stderr().contains("line 3, in fail\n"), run.stderr());
        assertTrue(run.stderr().endsWith("\nValueError: boom\n"), run.stderr());
    }

    @Test
    void programIsReadFromStdinToItsEnd() {
        LauncherRun run = LauncherRun.withStdin("import sys\nprint('from stdin', sys.argv[1:])\nraise SystemExit(4)\n",
                "-", "a");
        assertEquals(new LauncherRun(4, "from stdin ['a']\n", ""), run);
    }

    @Test
    void moduleRunsAsMainAndReadsTheSameStdin() {
        LauncherRun run = LauncherRun.withStdin("{\"a\": [1]}", "-m", "json.tool");
        assertEquals(new LauncherRun(0, "{\n    \"a\": [\n        1\n    ]\n}\n", ""), run);
    }

    @Test
    void versionIsThePythonVersionTheRuntimeReallyRuns() {
        LauncherRun fromPython = LauncherRun.of("-c", "import sys; print('Python %d.%d.%d' % sys.version_info[:3])");
        assertEquals(new LauncherRun(0, fromPython.stdout(), ""), LauncherRun.of("-V"));
        assertEquals(new LauncherRun(0, fromPython.stdout(), ""), LauncherRun.of("--version", "x.py"));
        LauncherRun detailed = LauncherRun.of("-VV");
        String prefix = fromPython.stdout().strip() + " (GraalPy reference implementation of PEP 734 ";
        assertTrue(detailed.stdout().startsWith(prefix), detailed.stdout());
        assertTrue(detailed.stdout().endsWith(" on " + System.getProperty("java.vm.name") + " "
                + System.getProperty("java.version") + ")\n"), detailed.stdout());
    }
}
