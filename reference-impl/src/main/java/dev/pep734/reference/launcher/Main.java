package dev.pep734.reference.launcher;

import dev.pep734.reference.runtime.ApiGeneration;
import dev.pep734.reference.runtime.PythonRuntime;
import dev.pep734.reference.runtime.RunOutcome;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code python3} of the reference implementation: runs {@code FILE}, {@code -m MODULE}, {@code -c CODE}
 * or a program read from stdin in a fresh {@link PythonRuntime}, with CPython's exit statuses and error
 * messages. {@code target/bin/python3} (written by {@code mvn package}) starts it.
 */
public final class Main {

    /** The system property the launcher script sets to its own {@code $0}, so messages name it as CPython's do. */
    public static final String PROGRAM_PROPERTY = "pep734.launcher.program";

    /**
     * Environment variable naming the API generation to serve, by the id of the TCK profile that describes
     * it ({@code _interpreters-lowlevel}, {@code test.support.interpreters-3.9}, {@code interpreters-draft},
     * {@code concurrent.interpreters-3.14} and {@code concurrent.interpreters-3.14.3}: 3.14, {@code howto}: the draft;
     * unset: 3.14). The TCK's process adapter sets it.
     */
    public static final String PROFILE_ENV = "PEP734_PROFILE";

    /** Exit status for a failure of the runtime itself (BSD's EX_SOFTWARE): not a status Python code produces. */
    static final int INTERNAL_ERROR = 70;

    private Main() {
    }

    /**
     * System property of the runtime's context pool (see {@link PythonRuntime#prewarm}): blank contexts built
     * ahead of time, 0 = none.
     */
    static final String POOL_PROPERTY = "pep734.reference.pool";

    /** GraalPy's option for {@code sys.executable}, as a system property every engine of the JVM reads. */
    public static final String EXECUTABLE_PROPERTY = "polyglot.python.Executable";

    /** Runs the command line and exits the JVM with the program's exit status. */
    public static void main(String[] args) {
        // One program per JVM, so no pool unless asked for: the pool's blank contexts belong to no runtime and are
        // still open at System.exit, where the pool's shutdown hook closes them while GraalPy's own hook flushes
        // their log handlers ("ErrorManager: 2: ... The log handler is closed" on stderr, now and then). Without
        // the pool every engine belongs to the runtime closed below. Measured: no faster with it (a script that
        // creates four interpreters took 7.5-8.7 s either way on a busy 2-core machine).
        if (System.getProperty(POOL_PROPERTY) == null) {
            System.setProperty(POOL_PROPERTY, "0");
        }
        // Unbuffered descriptors: Python does its own buffering, and nothing may be lost at System.exit.
        String launcher = System.getProperty(PROGRAM_PROPERTY);
        if (launcher != null && System.getProperty(EXECUTABLE_PROPERTY) == null) {
            // sys.executable is this launcher, absolute and normalised as CPython's; runpy names it in `-m`
            // errors ("python3: No module named x"), and subprocess.run([sys.executable, ...]) starts it.
            System.setProperty(EXECUTABLE_PROPERTY, Path.of(launcher).toAbsolutePath().normalize().toString());
        }
        OutputStream out = new FileOutputStream(FileDescriptor.out);
        OutputStream err = new FileOutputStream(FileDescriptor.err);
        String program = System.getProperty(PROGRAM_PROPERTY, "python3");
        System.exit(run(program, Arrays.asList(args), System.in, out, err));
    }

    /**
     * The launcher without {@code System.exit}: what tests and other Java callers use.
     *
     * @param program the name messages are prefixed with, as {@code argv[0]} of CPython
     * @param words the command line after the program name
     * @return the exit status {@code python3} would have
     */
    public static int run(String program, List<String> words, InputStream stdin, OutputStream stdout,
                          OutputStream stderr) {
        return run(program, words, System.getenv(PROFILE_ENV), stdin, stdout, stderr);
    }

    /** The same, with the value of {@value #PROFILE_ENV} given (null: unset). */
    static int run(String program, List<String> words, String profile, InputStream stdin, OutputStream stdout,
                   OutputStream stderr) {
        PrintStream out = new PrintStream(stdout, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(stderr, true, StandardCharsets.UTF_8);
        CommandLine command;
        try {
            command = CommandLine.parse(words);
        } catch (UsageException e) {
            err.print(e.getMessage() + "\n" + Usage.hint(program));
            return 2;
        }
        ApiGeneration generation;
        try {
            generation = ApiGeneration.parse(profile == null ? "" : profile);
        } catch (IllegalArgumentException e) {
            err.print(program + ": " + PROFILE_ENV + ": " + e.getMessage() + "\n");
            return 2;
        }
        try {
            return switch (command.action()) {
                case HELP -> {
                    out.print(Usage.help(program));
                    yield 0;
                }
                case VERSION -> {
                    out.print(version(command.versionDetail()));
                    yield 0;
                }
                case RUN_FILE -> runFile(program, command, generation, stdin, stdout, stderr, err);
                case RUN_MODULE, RUN_CODE, RUN_STDIN -> runOther(command, generation, stdin, stdout, stderr);
            };
        } catch (IOException | RuntimeException e) {
            err.print(program + ": internal error of the " + ReferenceBuild.NAME + "\n");
            e.printStackTrace(err);
            return INTERNAL_ERROR;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static String version(int detail) {
        ReferenceBuild build = ReferenceBuild.current();
        String more = detail > 1 ? " (" + ReferenceBuild.NAME + " " + build.version() + ", " + build.runtime() + ")" : "";
        return "Python " + build.pythonVersion() + more + "\n";
    }

    /** Checks the file first so that the messages and statuses are CPython's, not the runtime's. */
    private static int runFile(String program, CommandLine command, ApiGeneration generation, InputStream stdin,
                               OutputStream stdout, OutputStream stderr, PrintStream err) {
        String name = command.target();
        Path file = Path.of(name);
        // CPython names the file as the current directory joined with what was typed, without normalising.
        String shown = file.isAbsolute() ? name : System.getProperty("user.dir") + "/" + name;
        if (!Files.exists(file)) {
            err.print(program + ": can't open file '" + shown + "': [Errno 2] No such file or directory\n");
            return 2;
        }
        if (Files.isDirectory(file)) {
            file = file.resolve("__main__.py");
            if (!Files.isRegularFile(file)) {
                err.print(program + ": can't find '__main__' module in '" + shown + "'\n");
                return 1;
            }
        }
        if (!Files.isReadable(file)) {
            err.print(program + ": can't open file '" + shown + "': [Errno 13] Permission denied\n");
            return 2;
        }
        try (PythonRuntime python = runtime(command, generation, stdin, stdout, stderr)) {
            return python.runFile(file, command.arguments()).exitCode();
        }
    }

    private static int runOther(CommandLine command, ApiGeneration generation, InputStream stdin,
                                OutputStream stdout, OutputStream stderr) throws IOException {
        boolean interactive = command.action() == CommandLine.Action.RUN_STDIN && command.options().inspect();
        // Read stdin before the runtime exists: the program text is not input for the program. Under -i with no
        // program, stdin is the interactive session's input, read statement by statement.
        String stdinProgram = command.action() == CommandLine.Action.RUN_STDIN && !interactive
                ? new String(stdin.readAllBytes(), StandardCharsets.UTF_8) : null;
        try (PythonRuntime python = runtime(command, generation, stdin, stdout, stderr)) {
            RunOutcome outcome = switch (command.action()) {
                case RUN_MODULE -> python.runModule(command.target(), command.arguments());
                case RUN_CODE -> python.runCode(command.target(), command.arguments());
                default -> interactive ? python.runInteractive(command.arguments())
                        : python.runCode(stdinProgram, command.arguments());
            };
            return outcome.exitCode();
        }
    }

    private static PythonRuntime runtime(CommandLine command, ApiGeneration generation, InputStream stdin,
                                         OutputStream stdout, OutputStream stderr) {
        CommandLine.Options options = command.options();
        return PythonRuntime.builder().stdin(stdin).stdout(stdout).stderr(stderr).generation(generation)
                .xoptions(options.xoptions()).safePath(options.safePath()).inspect(options.inspect()).build();
    }
}
