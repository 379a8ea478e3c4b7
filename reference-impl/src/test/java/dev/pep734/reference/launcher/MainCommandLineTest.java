package dev.pep734.reference.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the launcher answers without running any Python: usage errors, missing files, help. */
class MainCommandLineTest {

    private static final String HINT = "usage: python3 [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
            + "Try `python -h' for more information.\n";

    @Test
    void unknownOptionIsAUsageErrorWithStatus2() {
        assertEquals(new LauncherRun(2, "", "Unknown option: -Z\n" + HINT), LauncherRun.of("-Z", "x.py"));
        assertEquals(new LauncherRun(2, "", "Unknown option: --foo\n" + HINT), LauncherRun.of("--foo"));
    }

    @Test
    void missingOptionArgumentIsAUsageErrorWithStatus2() {
        assertEquals(new LauncherRun(2, "", "Argument expected for the -m option\n" + HINT), LauncherRun.of("-m"));
    }

    @Test
    void unsupportedOptionIsRefusedWithStatus2() {
        assertEquals(new LauncherRun(2, "", "Option -O is not supported by the GraalPy reference implementation"
                + " of PEP 734\n" + HINT), LauncherRun.of("-O", "x.py"));
    }

    @Test
    void missingFileGivesPythonsMessageWithTheCurrentDirectoryAndStatus2() {
        String cwd = System.getProperty("user.dir");
        assertEquals(new LauncherRun(2, "", "python3: can't open file '" + cwd
                + "/./no-such-file.py': [Errno 2] No such file or directory\n"),
                LauncherRun.of("./no-such-file.py", "arg"));
    }

    @Test
    void missingAbsoluteFileIsNamedAsGiven(@TempDir Path dir) {
        Path missing = dir.resolve("gone.py");
        assertEquals(new LauncherRun(2, "", "python3: can't open file '" + missing
                + "': [Errno 2] No such file or directory\n"), LauncherRun.of(missing.toString()));
    }

    @Test
    void directoryWithoutMainModuleGivesStatus1(@TempDir Path dir) throws IOException {
        Path sub = Files.createDirectory(dir.resolve("pkg"));
        assertEquals(new LauncherRun(1, "", "python3: can't find '__main__' module in '" + sub + "'\n"),
                LauncherRun.of(sub.toString()));
    }

    @Test
    void helpGoesToStdoutWithStatus0AndIgnoresWhatFollows() {
        LauncherRun run = LauncherRun.of("-h", "-Z");
        assertEquals(0, run.status());
        assertEquals("", run.stderr());
        assertTrue(run.stdout().startsWith("usage: python3 [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"),
                run.stdout());
        assertTrue(run.stdout().contains("-m mod : run library module as a script"), run.stdout());
    }
}
