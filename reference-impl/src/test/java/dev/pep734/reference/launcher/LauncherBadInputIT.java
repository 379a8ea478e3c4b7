package dev.pep734.reference.launcher;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input, answered as CPython 3.14.3's {@code python} answers it: the exit status and the first and last
 * lines of stderr (a traceback's header and its exception line). The answers below were recorded from CPython
 * 3.14.3; {@link #cpythonGivesTheRecordedAnswers} checks them against the real one when
 * {@code -Dpep734.cpython.executable=/path/to/bin/python3} is given, so they cannot drift from it.
 */
class LauncherBadInputIT {

    /** Messages name the program as typed ({@value #PROGRAM}), runpy names {@code sys.executable} ({@value #EXE}). */
    private static final String PROGRAM = "{python}";
    private static final String EXE = "{executable}";
    private static final String DIR = "{dir}";

    /** The scripts the cases run, written into the working directory. */
    private static final Map<String, String> SCRIPTS = Map.of(
            "syntax.py", "if True\n    pass\n",
            "raises.py", "def g():\n    raise ValueError('bad value')\ng()\n",
            "exit_int.py", "import sys\nsys.exit(4)\n",
            "exit_str.py", "import sys\nsys.exit('goodbye')\n",
            "exit_none.py", "import sys\nsys.exit(None)\n");

    /**
     * One bad input and CPython's answer.
     *
     * @param first stderr's first line, or empty when it is not compared (see {@link #CASES})
     * @param last stderr's last line ("" when stderr is empty)
     */
    record Case(String name, List<String> words, int status, Optional<String> first, String last) {
        static Case of(String name, int status, String first, String last, String... words) {
            return new Case(name, List.of(words), status, Optional.ofNullable(first), last);
        }
    }

    private static final String TRACEBACK = "Traceback (most recent call last):";

    static final List<Case> CASES = List.of(
            Case.of("missing file", 2, null,
                    PROGRAM + ": can't open file '" + DIR + "/missing.py': [Errno 2] No such file or directory",
                    "missing.py"),
            // First line not compared: CPython prints the SyntaxError alone ('  File "...", line 1'); the
            // reference runtime's _pep734_run.py still puts its own compile() frame above it.
            Case.of("syntax error in a file", 1, null, "SyntaxError: expected ':'", "syntax.py"),
            Case.of("syntax error in -c", 1, null, "SyntaxError: expected ':'", "-c", "if True\n    pass"),
            Case.of("unknown module", 1, EXE + ": No module named nosuch", EXE + ": No module named nosuch",
                    "-m", "nosuch"),
            Case.of("unknown package of a module", 1, null, EXE + ": Error while finding module specification for "
                    + "'nosuch.sub' (ModuleNotFoundError: No module named 'nosuch')", "-m", "nosuch.sub"),
            Case.of("uncaught exception", 1, TRACEBACK, "ValueError: bad value", "raises.py"),
            Case.of("error in -c", 1, TRACEBACK, "ZeroDivisionError: division by zero", "-c", "1/0"),
            Case.of("failed import in -c", 1, TRACEBACK, "ModuleNotFoundError: No module named 'nosuchmodule'",
                    "-c", "import nosuchmodule"),
            Case.of("sys.exit(int)", 4, "", "", "exit_int.py"),
            Case.of("sys.exit(str)", 1, "goodbye", "goodbye", "exit_str.py"),
            Case.of("sys.exit(None)", 0, "", "", "exit_none.py"),
            Case.of("SystemExit in -c", 5, "", "", "-c", "raise SystemExit(5)"));

    @TempDir
    Path dir;

    @Test
    void launcherAnswersLikeCPython() throws IOException, InterruptedException {
        Path python3 = Path.of(System.getProperty("pep734.launcher.executable", "target/bin/python3"))
                .toAbsolutePath();
        assertTrue(Files.isExecutable(python3), python3 + " is not an executable file: run mvn package first");
        // The launcher's sys.executable is its own path, normalised, as CPython's is.
        assertAnswers(python3, python3.normalize());
    }

    @Test
    void cpythonGivesTheRecordedAnswers() throws IOException, InterruptedException {
        String configured = System.getProperty("pep734.cpython.executable", "");
        Assumptions.assumeFalse(configured.isBlank(),
                "set -Dpep734.cpython.executable=/path/to/CPython-3.14.3/bin/python3 to check the recorded answers");
        Path cpython = Path.of(configured).toAbsolutePath();
        assertAnswers(cpython, cpython.normalize());
    }

    private void assertAnswers(Path python, Path executable) throws IOException, InterruptedException {
        for (Map.Entry<String, String> script : SCRIPTS.entrySet()) {
            Files.writeString(dir.resolve(script.getKey()), script.getValue());
        }
        String realDir = dir.toRealPath().toString();
        List<Executable> checks = new ArrayList<>();
        for (Case c : CASES) {
            LauncherProcess answer = LauncherProcess.run(python, dir, c.words().toArray(String[]::new));
            List<String> lines = answer.stderr().lines().toList();
            String shown = c.name() + " (" + String.join(" ", c.words()) + "), stderr:\n" + answer.stderr();
            checks.add(() -> assertEquals(c.status(), answer.status(), "exit status of " + shown));
            checks.add(() -> assertEquals(fill(c.last(), python, executable, realDir),
                    lines.isEmpty() ? "" : lines.get(lines.size() - 1), "last line of " + shown));
            c.first().ifPresent(first -> checks.add(() -> assertEquals(fill(first, python, executable, realDir),
                    lines.isEmpty() ? "" : lines.get(0), "first line of " + shown)));
        }
        assertAll(checks);
    }

    private static String fill(String expected, Path python, Path executable, String realDir) {
        return expected.replace(PROGRAM, python.toString()).replace(EXE, executable.toString())
                .replace(DIR, realDir);
    }
}
