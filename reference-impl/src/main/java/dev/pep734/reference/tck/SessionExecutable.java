package dev.pep734.reference.tck;

import dev.pep734.reference.launcher.Main;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The {@code sys.executable} of the in-JVM TCK session: a small {@code python3} script that starts a new JVM with
 * this JVM's class path, JVM options and the reference launcher, so that a TCK script that runs
 * {@code subprocess.run([sys.executable, "-c", ...])} gets a {@code python} as {@code target/bin/python3} would
 * give it (that script is only written at the package phase, after the TCK has run).
 */
final class SessionExecutable {

    private SessionExecutable() {
    }

    /**
     * Writes the script into {@code directory} and makes it every GraalPy context's {@code sys.executable} in
     * this JVM, unless one is set already (the launcher sets its own).
     */
    static void install(Path directory) throws IOException {
        if (directory == null || System.getProperty(Main.EXECUTABLE_PROPERTY) != null) {
            return;
        }
        Path script = directory.toAbsolutePath().resolve("bin/python3");
        Files.createDirectories(script.getParent());
        Files.writeString(script, script(System.getProperty("java.home"), System.getProperty("java.class.path"),
                ManagementFactory.getRuntimeMXBean().getInputArguments()));
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        System.setProperty(Main.EXECUTABLE_PROPERTY, script.toString());
    }

    /** The script text; only options that tune the JVM or GraalPy are carried over, not agents or debuggers. */
    static String script(String javaHome, String classPath, List<String> jvmArguments) {
        String options = jvmArguments.stream()
                .filter(a -> a.startsWith("-D") || a.startsWith("-XX:") || a.startsWith("-Xm") || a.startsWith("--enable")
                        || a.startsWith("--sun-misc"))
                .filter(a -> !a.startsWith("-D" + Main.EXECUTABLE_PROPERTY + "=") && !a.startsWith("-D" + Main.PROGRAM_PROPERTY + "="))
                .map(SessionExecutable::quoted)
                .collect(Collectors.joining(" "));
        return "#!/bin/sh\n"
                + "# sys.executable of the reference implementation's in-JVM TCK session (written by SessionExecutable).\n"
                + "exec " + quoted(Path.of(javaHome, "bin", "java").toString()) + " " + options
                + " \"-D" + Main.PROGRAM_PROPERTY + "=$0\" -cp " + quoted(classPath) + " " + Main.class.getName() + " \"$@\"\n";
    }

    /** Single-quoted for sh: the only character to escape inside is the quote itself. */
    static String quoted(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
