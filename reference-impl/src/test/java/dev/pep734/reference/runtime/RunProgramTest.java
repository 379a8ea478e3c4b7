package dev.pep734.reference.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main program: file, module and code runs, exit codes, tracebacks, argv and the working directory. */
class RunProgramTest {
    @TempDir
    Path dir;

    @Test
    void runsFileAsMainWithArgvAndPrintsOutput() throws Exception {
        Path script = write("prog.py", """
                import sys, os
                print(__name__, sys.argv[1:], os.path.basename(sys.argv[0]))
                print(sys.path[0] == os.path.dirname(os.path.abspath(__file__)))
                """);
        Captured run = run(rt -> rt.runFile(script, List.of("a", "b")));
        assertEquals(0, run.outcome.exitCode());
        assertEquals("__main__ ['a', 'b'] prog.py\nTrue\n", run.out);
    }

    @Test
    void uncaughtExceptionPrintsTracebackAndExitsOne() throws Exception {
        Path script = write("boom.py", "def f():\n    raise KeyError('k')\nf()\n");
        Captured run = run(rt -> rt.runFile(script, List.of()));
        assertEquals(1, run.outcome.exitCode());
        GuestError error = run.outcome.error().orElseThrow();
        assertEquals("KeyError", error.typeName());
        assertEquals("KeyError", error.qualifiedName());
        assertEquals("'k'", error.message());
        assertTrue(run.err.startsWith("Traceback (most recent call last):\n  File \"" + script), run.err);
        assertTrue(run.err.contains("line 3, in <module>") && run.err.endsWith("KeyError: 'k'\n"), run.err);
        assertFalse(run.err.contains("_pep734_run"), run.err);
    }

    @Test
    void userExceptionIsQualifiedByModule() throws Exception {
        Captured run = run(rt -> rt.runCode("class Oops(Exception): pass\nraise Oops('x')", List.of()));
        assertEquals("__main__.Oops", run.outcome.error().orElseThrow().qualifiedName());
    }

    @Test
    void systemExitCodesAreHonoured() throws Exception {
        assertEquals(3, run(rt -> rt.runCode("import sys; sys.exit(3)", List.of())).outcome.exitCode());
        assertEquals(0, run(rt -> rt.runCode("raise SystemExit", List.of())).outcome.exitCode());
        Captured text = run(rt -> rt.runCode("raise SystemExit('bye')", List.of()));
        assertEquals(1, text.outcome.exitCode());
        assertEquals("bye\n", text.err);
        assertTrue(text.outcome.error().isEmpty());
    }

    @Test
    void runsModuleAndCodeFromTheWorkingDirectory() throws Exception {
        write("mymod.py", "import sys\nprint('mod', __name__, sys.argv[1:])\n");
        write("data.txt", "hello");
        Captured mod = run(PythonRuntime.builder().workingDirectory(dir), rt -> rt.runModule("mymod", List.of("x")));
        assertEquals("mod __main__ ['x']\n", mod.out, mod.err);
        Captured code = run(PythonRuntime.builder().workingDirectory(dir),
                rt -> rt.runCode("import sys; print(open('data.txt').read(), sys.argv)", List.of("z")));
        assertEquals("hello ['-c', 'z']\n", code.out, code.err);
    }

    @Test
    void waitsForNonDaemonThreadsBeforeEnding() throws Exception {
        Captured run = run(rt -> rt.runCode("""
                import threading, time
                threading.Thread(target=lambda: (time.sleep(0.2), print('late'))).start()
                print('early')
                """, List.of()));
        assertEquals("early\nlate\n", run.out);
    }

    @Test
    void noWarningAboutInterpretersAtExit() {
        // CPython warns only while an Interpreter object is still referenced; see _pep734_run._finalize.
        Captured run = run(rt -> rt.runCode("from concurrent import interpreters as I\nassert I.create().call(len, 'ab') == 2\nprint('end')", List.of()));
        assertEquals(0, run.outcome.exitCode(), run.err);
        assertEquals("end\n", run.out);
        assertEquals("", run.err);
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    static Captured run(RunAction action) {
        return run(PythonRuntime.builder(), action);
    }

    static Captured run(PythonRuntime.Builder builder, RunAction action) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PythonRuntime rt = builder.stdout(out).stderr(err).build()) {
            RunOutcome outcome = action.run(rt);
            return new Captured(outcome, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    interface RunAction {
        RunOutcome run(PythonRuntime runtime);
    }

    record Captured(RunOutcome outcome, String out, String err) {
    }
}
