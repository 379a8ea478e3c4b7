package dev.pep734.reference.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A {@code python} run as a process, the way the TCK's process adapter starts any vendor's {@code python}:
 * {@code EXECUTABLE WORDS...} in {@code dir}, stdin from /dev/null (or a file), no {@code PYTHON*} variables of the parent,
 * unbuffered UTF-8 output. Used for the packaged launcher and for the real CPython alike.
 *
 * @param status the exit status
 * @param stdout what it printed to standard output
 * @param stderr what it printed to standard error
 */
record LauncherProcess(int status, String stdout, String stderr) {

    static LauncherProcess run(Path executable, Path dir, String... words) throws IOException, InterruptedException {
        return run(executable, dir, Path.of("/dev/null"), words);
    }

    /** The same with stdin read from {@code stdin}. */
    static LauncherProcess run(Path executable, Path dir, Path stdin, String... words)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(executable.toString()));
        command.addAll(List.of(words));
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(stdin.toFile()))
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile());
            Map<String, String> env = builder.environment();
            env.keySet().removeIf(key -> key.startsWith("PYTHON"));
            env.put("PYTHONDONTWRITEBYTECODE", "1");
            env.put("PYTHONIOENCODING", "utf-8");
            env.put("PYTHONUNBUFFERED", "1");
            Process process = builder.start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError(command + " did not end within 5 minutes");
            }
            return new LauncherProcess(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
