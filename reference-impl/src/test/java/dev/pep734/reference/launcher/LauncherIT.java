package dev.pep734.reference.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged {@code target/bin/python3} as a process ({@link LauncherProcess}). Runs after {@code package}
 * (Failsafe), which writes the script.
 */
class LauncherIT {

    private static Path python3;

    @TempDir
    Path dir;

    @BeforeAll
    static void findLauncher() {
        python3 = Path.of(System.getProperty("pep734.launcher.executable", "target/bin/python3")).toAbsolutePath();
        assertTrue(Files.isExecutable(python3), python3 + " is not an executable file: run mvn package first");
        assertTrue(Files.isSymbolicLink(python3.resolveSibling("python")), "target/bin/python links to python3");
    }

    private Exit run(Path executable, String... words) throws IOException, InterruptedException {
        LauncherProcess process = LauncherProcess.run(executable, dir, words);
        return new Exit(process.status(), process.stdout(), process.stderr());
    }

    private record Exit(int status, String stdout, String stderr) {
    }

    @Test
    void runsAScriptLikePython(@TempDir Path scripts) throws IOException, InterruptedException {
        Path script = Files.writeString(scripts.resolve("hello.py"), """
                import os, sys
                from concurrent import interpreters
                assert interpreters.create().call(len, "four") == 4
                print("héllo", sys.argv[1:], os.getcwd())
                print("to stderr", file=sys.stderr)
                sys.exit(3)
                """);
        Exit exit = run(python3, script.toString(), "a", "b c");
        assertEquals(new Exit(3, "héllo ['a', 'b c'] " + dir.toRealPath() + "\n", "to stderr\n"), exit);
    }

    /**
     * The exit path, several times: stderr holds what the program wrote and nothing else. It once also held
     * GraalPy's "ErrorManager: 2: ... The log handler is closed" now and then, when engines nobody had closed
     * (the context pool's) met GraalPy's shutdown hook; the second's pause gives such a pool time to fill.
     */
    @Test
    void exitingWritesNothingButTheProgramsOwnOutput(@TempDir Path scripts) throws IOException, InterruptedException {
        Path script = Files.writeString(scripts.resolve("exit3.py"), """
                import sys, time
                from concurrent import interpreters
                interpreters.create()
                time.sleep(1)
                print("to stderr", file=sys.stderr)
                sys.exit(3)
                """);
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertEquals(new Exit(3, "", "to stderr\n"), run(python3, script.toString()), "attempt " + attempt);
        }
    }

    /** The README's demo: two interpreters on two threads, a queue and a shared memoryview. */
    @Test
    void runsTheReadmeDemo() throws IOException, InterruptedException {
        Path demo = Path.of("examples/demo.py").toAbsolutePath();
        Exit exit = run(python3, demo.toString());
        assertEquals(new Exit(0, """
                interpreters: [0, 1, 2]
                sum of both totals: 142485
                items handled, as written by the workers into shared memory: 6
                """, ""), exit);
    }

    @Test
    void missingFileAndUsageErrorsAreCPythons() throws IOException, InterruptedException {
        assertEquals(new Exit(2, "", python3 + ": can't open file '" + dir.toRealPath()
                + "/missing.py': [Errno 2] No such file or directory\n"), run(python3, "missing.py"));
        assertEquals(new Exit(2, "", "Unknown option: -Z\nusage: " + python3
                + " [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry `python -h' for more information.\n"),
                run(python3, "-Z"));
    }

    @Test
    void pythonIsTheSameLauncher() throws IOException, InterruptedException {
        Exit version = run(python3.resolveSibling("python"), "-V");
        assertEquals(0, version.status(), version.stderr());
        assertTrue(version.stdout().matches("Python 3\\.\\d+\\.\\d+\n"), version.stdout());
        assertEquals("", version.stderr());
    }

    /**
     * A subinterpreter's sys.path[0] is the main interpreter's as the program started, as in CPython 3.14.3 (its
     * test_sys_path_0): under -m and -c too, where it once was GraalPy's stdlib directory; -I puts nothing there.
     */
    @Test
    void subinterpretersStartWithTheProgramsFirstPathEntry() throws IOException, InterruptedException {
        Files.writeString(dir.resolve("first.py"), """
                import sys
                from concurrent import interpreters
                interp = interpreters.create()
                interp.exec("import sys; print(repr(sys.path[0]))")
                print(repr(sys.path[0]))
                interp.close()
                """);
        String here = "'" + dir.toRealPath() + "'\n";
        assertEquals(new Exit(0, here + here, ""), run(python3, "-m", "first"));
        assertEquals(new Exit(0, "''\n''\n", ""), run(python3, "-c", "import first"));
        Exit isolated = run(python3, "-I", "-c", "import sys; print('' in sys.path or sys.path[0] == '"
                + dir.toRealPath() + "')");
        assertEquals(new Exit(0, "False\n", ""), isolated);
    }

    /** script_helper's way of starting Python (-X faulthandler -I), and an interactive session from stdin (-i). */
    @Test
    void acceptsXOptionsAndReadsStatementsFromStdinUnderI() throws IOException, InterruptedException {
        assertEquals(new Exit(0, "{'faulthandler': True, 'a': 'b=c'} True\n", ""), run(python3, "-X", "faulthandler",
                "-Xa=b=c", "-I", "-c", "import sys, faulthandler; print(sys._xoptions, faulthandler.is_enabled())"));
        Path session = Files.writeString(dir.resolve("session.txt"), "x = 6 * 7\nx\nexit()\n");
        LauncherProcess repl = LauncherProcess.run(python3, dir, session, "-i");
        assertEquals(new Exit(0, "42\n", ">>> >>> >>> "), new Exit(repl.status(), repl.stdout(), repl.stderr()));
    }
}
