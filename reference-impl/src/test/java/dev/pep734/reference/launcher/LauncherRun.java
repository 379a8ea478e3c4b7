package dev.pep734.reference.launcher;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One in-process run of the launcher, as a test sees it.
 *
 * @param status what {@code python3} would exit with
 * @param stdout what it printed to standard output
 * @param stderr what it printed to standard error
 */
record LauncherRun(int status, String stdout, String stderr) {

    static final String PROGRAM = "python3";

    static LauncherRun withStdin(String stdin, String... words) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(PROGRAM, List.of(words), new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                out, err);
        return new LauncherRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static LauncherRun of(String... words) {
        return withStdin("", words);
    }
}
