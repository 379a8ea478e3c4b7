package dev.pep734.tck.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pep734.tck.spi.Outcome;
import dev.pep734.tck.spi.PythonError;
import dev.pep734.tck.spi.RunResult;
import dev.pep734.tck.spi.ScriptRun;
import dev.pep734.tck.spi.Session;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The adapter's outcomes, observed on real CPython 3.14.3. */
class ProcessSessionTest {

    private static final Duration TEN_SECONDS = Duration.ofSeconds(10);
    /**
     * The timeout of scripts that must time out: long enough for a loaded machine to start Python and let the
     * script write its pid file before it (with 2 s, the file could be missing), short enough to keep the tests quick.
     */
    private static final Duration TIMES_OUT = Duration.ofSeconds(4);

    @Test
    void aScriptThatEndsNormallyPassesWithItsOutput() throws Exception {
        RunResult r = GroundTruth.run("import sys\nprint('out', sys.argv[0].endswith('.py'))\n"
                + "print('err', file=sys.stderr)\n", TEN_SECONDS);
        assertEquals(Outcome.PASSED, r.outcome(), r::stderr);
        assertEquals("out True\n", r.stdout());
        assertEquals("err\n", r.stderr());
        assertEquals(0, r.exitCode());
    }

    @Test
    void runsAsMainFromTheRealFileSoSubinterpretersCanReRunIt() throws Exception {
        RunResult r = GroundTruth.run("""
                from concurrent import interpreters
                def answer():
                    return GLOBAL + 1
                GLOBAL = 41
                if __name__ == "__main__":
                    interp = interpreters.create()
                    print(interp.call(answer))
                    interp.close()
                """, TEN_SECONDS);
        assertEquals(Outcome.PASSED, r.outcome(), r::stderr);
        assertEquals("42\n", r.stdout());
    }

    @Test
    void anAssertionErrorIsAFailureWithItsMessage() throws Exception {
        RunResult r = GroundTruth.run("assert 1 == 2, 'one is not two'\n", TEN_SECONDS);
        assertEquals(Outcome.FAILED, r.outcome());
        PythonError e = r.error().orElseThrow();
        assertEquals("AssertionError", e.typeName());
        assertEquals("one is not two", e.message());
        assertTrue(e.traceback().startsWith("Traceback (most recent call last):"), e.traceback());
    }

    @Test
    void anyOtherExceptionIsAnErrorWithItsType() throws Exception {
        RunResult r = GroundTruth.run("""
                from concurrent import interpreters
                try:
                    interpreters.create().exec('raise KeyError(1)')
                except interpreters.ExecutionFailed:
                    raise ValueError('bad\\nthing')
                """, TEN_SECONDS);
        assertEquals(Outcome.ERROR, r.outcome());
        PythonError e = r.error().orElseThrow();
        assertEquals("ValueError", e.typeName());
        assertEquals("ValueError", e.qualifiedName());
        assertEquals("bad\nthing", e.message());
    }

    @Test
    void aModuleExceptionKeepsItsQualifiedName() throws Exception {
        RunResult r = GroundTruth.run("from concurrent import interpreters\ninterpreters.Interpreter(999)\n",
                TEN_SECONDS);
        assertEquals(Outcome.ERROR, r.outcome());
        PythonError e = r.error().orElseThrow();
        assertEquals("InterpreterNotFoundError", e.typeName());
        assertEquals("concurrent.interpreters.InterpreterNotFoundError", e.qualifiedName());
        assertTrue(e.is("InterpreterNotFoundError"));
    }

    @Test
    void aNonZeroExitWithoutTracebackIsAnErrorWithTheStatus() throws Exception {
        RunResult r = GroundTruth.run("raise SystemExit(3)\n", TEN_SECONDS);
        assertEquals(Outcome.ERROR, r.outcome());
        assertEquals(3, r.exitCode());
        assertTrue(r.error().isEmpty());
        assertTrue(r.stderr().contains("exited with status 3"), r.stderr());
    }

    @Test
    void aThreadsTracebackIsNotMistakenForTheExitReason() throws Exception {
        RunResult r = GroundTruth.run("""
                import sys, threading
                t = threading.Thread(target=lambda: 1 / 0)
                t.start()
                t.join()
                sys.exit(4)
                """, TEN_SECONDS);
        assertEquals(Outcome.ERROR, r.outcome());
        assertEquals(4, r.exitCode());
        assertTrue(r.error().isEmpty(), () -> r.error().toString());
        assertTrue(r.stderr().contains("ZeroDivisionError"), r.stderr());
    }

    @Test
    void aScriptKilledBySignalIsACrash() throws Exception {
        RunResult r = GroundTruth.run("import os\nprint('before', flush=True)\nos.kill(os.getpid(), 9)\n",
                TEN_SECONDS);
        assertEquals(Outcome.CRASHED, r.outcome());
        assertEquals("before\n", r.stdout());
        assertTrue(r.stderr().contains("signal 9 (SIGKILL)"), r.stderr());
    }

    @Test
    void aScriptThatNeverEndsTimesOutQuicklyAndLeavesNoProcess() throws Exception {
        GroundTruth.cpython(); // started (unpacked, probed) before the clock starts
        Path pidFile = GroundTruth.WORK.resolve("spinner-" + System.nanoTime() + ".pid");
        long start = System.nanoTime();
        RunResult r = GroundTruth.run("""
                import os
                open(%s, 'w').write(str(os.getpid()))
                print('spinning', flush=True)
                while True:
                    pass
                """.formatted(pyString(pidFile.toString())), TIMES_OUT);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        System.out.println("[timeout] a " + TIMES_OUT.toMillis() + " ms timeout returned after " + millis + " ms");
        assertEquals(Outcome.TIMED_OUT, r.outcome());
        assertEquals("spinning\n", r.stdout());
        // Quickly: the kill and the drain take well under a second; 4 s of slack for a loaded machine still fail
        // an adapter that waited out its 5 s kill or a 5 s grace before killing.
        assertTrue(millis < TIMES_OUT.toMillis() + 4_000, "took " + millis + " ms");
        assertTrue(r.stderr().contains("timed out after " + TIMES_OUT.toMillis() + " ms"), r.stderr());
        long pid = Long.parseLong(Files.readString(pidFile).strip());
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "python " + pid + " lives");
    }

    @Test
    void aTimeoutAlsoKillsTheChildrenTheScriptStarted() throws Exception {
        Path pidFile = GroundTruth.WORK.resolve("child-" + System.nanoTime() + ".pid");
        RunResult r = GroundTruth.run("""
                import subprocess, sys, time
                child = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(300)'])
                open(%s, 'w').write(str(child.pid))
                time.sleep(300)
                """.formatted(pyString(pidFile.toString())), TIMES_OUT);
        assertEquals(Outcome.TIMED_OUT, r.outcome());
        long child = Long.parseLong(Files.readString(pidFile).strip());
        assertFalse(ProcessHandle.of(child).map(ProcessHandle::isAlive).orElse(false), "child " + child + " lives");
    }

    @Test
    void childrenLeftRunningAfterANormalEndAreKilled() throws Exception {
        Path pidFile = GroundTruth.WORK.resolve("orphan-" + System.nanoTime() + ".pid");
        RunResult r = GroundTruth.run("""
                import subprocess, sys, time
                child = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(300)'],
                                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                open(%s, 'w').write(str(child.pid))
                time.sleep(1.5)  # several of the adapter's 200 ms looks at its children
                """.formatted(pyString(pidFile.toString())), TEN_SECONDS);
        assertEquals(Outcome.PASSED, r.outcome(), r::stderr);
        assertTrue(r.stderr().contains("killed 1 process(es) that the script left running"), r.stderr());
        long child = Long.parseLong(Files.readString(pidFile).strip());
        assertFalse(ProcessHandle.of(child).map(ProcessHandle::isAlive).orElse(false), "child " + child + " lives");
    }

    @Test
    void hugeOutputIsDrainedAndCapped() throws Exception {
        RunResult r = GroundTruth.run("""
                import sys
                chunk = 'x' * 1023 + '\\n'
                for _ in range(100 * 1024):
                    sys.stdout.write(chunk)
                    sys.stderr.write(chunk) if _ % 100 == 0 else None
                """, Duration.ofSeconds(60));
        assertEquals(Outcome.PASSED, r.outcome());
        assertTrue(r.stdout().length() < (1 << 20) + 100, "kept " + r.stdout().length());
        assertTrue(r.stdout().endsWith("[... " + (100L * 1024 * 1024 - (1 << 20)) + " more bytes not kept]\n"),
                r.stdout().substring(r.stdout().length() - 200));
    }

    @Test
    void bytesThatAreNotUtf8AreReplaced() throws Exception {
        RunResult r = GroundTruth.run("import sys\nsys.stdout.buffer.write(b'a\\xff\\xfeb\\n')\n", TEN_SECONDS);
        assertEquals(Outcome.PASSED, r.outcome());
        assertEquals("a\uFFFD\uFFFDb\n", r.stdout());
    }

    @Test
    void theEnvironmentIsCleanAndReproducible() throws Exception {
        RunResult r = GroundTruth.run("""
                import os, sys
                print(sorted(k for k in os.environ if k.startswith('PYTHON')))
                print(sys.stdin.read() == '', sys.dont_write_bytecode, sys.stdout.encoding)
                """, TEN_SECONDS);
        assertEquals("['PYTHONDONTWRITEBYTECODE', 'PYTHONIOENCODING', 'PYTHONUNBUFFERED', 'PYTHON_COLORS']\n"
                + "True True utf-8\n", r.stdout(), r::stderr);
    }

    @Test
    void closeFromAnotherThreadStopsTheRunningScript() throws Exception {
        Session session = GroundTruth.cpython().openSession();
        Path started = GroundTruth.WORK.resolve("sleeper-" + System.nanoTime() + ".started");
        Path script = GroundTruth.script("import time\nopen(%s, 'w').close()\ntime.sleep(300)\n"
                .formatted(pyString(started.toString())));
        CompletableFuture<RunResult> result = CompletableFuture.supplyAsync(
                () -> session.run(ScriptRun.of(script, Duration.ofSeconds(60))));
        // Close a script that runs (a fixed sleep may end before a loaded machine has started it).
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!Files.exists(started) && !result.isDone() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(Files.exists(started), "the script did not start within 30 s");
        session.close();
        RunResult r = result.get(10, TimeUnit.SECONDS);
        assertEquals(Outcome.CRASHED, r.outcome());
        assertTrue(r.stderr().contains("closed while the script ran"), r.stderr());
        assertFalse(session.isUsable());
    }

    @Test
    void aSessionRunsOneScriptAfterAnotherInFreshInterpreters() throws Exception {
        try (Session session = GroundTruth.cpython().openSession()) {
            Path script = GroundTruth.script("import sys\nprint(hasattr(sys, 'marker'))\nsys.marker = 1\n");
            assertEquals("False\n", session.run(ScriptRun.of(script, TEN_SECONDS)).stdout());
            assertEquals("False\n", session.run(ScriptRun.of(script, TEN_SECONDS)).stdout());
            assertTrue(session.isUsable());
        }
    }

    static String pyString(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
