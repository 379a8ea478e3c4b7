package dev.pep734.reference.runtime;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The embedding API of the reference implementation. One runtime is one Python process's worth of
 * interpreters: a main interpreter (its own GraalPy context) and every subinterpreter created from it (one context
 * each). Runtimes in one JVM share no Python state (ids, queues, interpreters); their contexts share GraalPy's
 * Engine, which holds parsed code only.
 *
 * <pre>{@code
 * try (PythonRuntime python = PythonRuntime.builder().stdout(System.out).stderr(System.err).build()) {
 *     RunOutcome outcome = python.runFile(Path.of("demo.py"), List.of());
 *     System.exit(outcome.exitCode());
 * }
 * }</pre>
 *
 * A runtime runs one program: the main interpreter's {@code __main__} is the program's, so a second
 * {@code run*} call on the same runtime is refused with {@link IllegalStateException}.
 */
public final class PythonRuntime implements AutoCloseable {
    private final RuntimeSettings settings;
    private final InterpreterRegistry registry;
    private final MainProgram program;

    private PythonRuntime(RuntimeSettings settings, boolean inspect) {
        this.settings = settings;
        this.registry = new InterpreterRegistry(new ContextFactory(settings));
        this.program = new MainProgram(registry, settings, inspect);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts building GraalPy contexts for runtimes of {@code generation} in the background, so that the next
     * runtime's main interpreter and its first {@code interpreters.create()} calls take a ready context. Cheap and
     * safe to call often; does nothing when the pool is off ({@code -Dpep734.reference.pool=0}).
     */
    public static void prewarm(ApiGeneration generation) {
        ContextPool.shared().warm(new ContextPool.Key(generation, ContextPool.Role.MAIN));
        ContextPool.shared().warm(new ContextPool.Key(generation, ContextPool.Role.SUB));
    }

    /**
     * Closes the contexts {@link #prewarm} built that no runtime took, and stops building more (a later runtime
     * builds its contexts when asked). Call it before {@code System.exit}: otherwise the pool's shutdown hook and
     * GraalPy's own run at once, and GraalPy reports "The log handler is closed" on stderr.
     */
    public static void closePrewarmed() {
        ContextPool.shared().close();
    }

    /** Runs a file as {@code __main__}, like {@code python FILE ARGS...}; prints an uncaught exception's traceback to stderr. */
    public RunOutcome runFile(Path file, List<String> arguments) {
        List<String> argv = new ArrayList<>();
        argv.add(file.toString());
        argv.addAll(arguments);
        // Like CPython: the directory of the script comes first on sys.path, here and in every subinterpreter.
        Path dir = settings.currentDirectory().resolve(file).normalize().getParent();
        return program.run("run_file", file.toString(), argv, Optional.of(file.toString()),
                pathEntry(dir == null ? "/" : dir.toString()));
    }

    /** Runs a module as {@code __main__}, like {@code python -m MODULE ARGS...}. */
    public RunOutcome runModule(String module, List<String> arguments) {
        List<String> argv = new ArrayList<>();
        argv.add("-m");
        argv.addAll(arguments);
        return program.run("run_module", module, argv, Optional.empty(),
                pathEntry(settings.currentDirectory().toString()));
    }

    /** Runs source code as {@code __main__}, like {@code python -c CODE ARGS...}. */
    public RunOutcome runCode(String code, List<String> arguments) {
        List<String> argv = new ArrayList<>();
        argv.add("-c");
        argv.addAll(arguments);
        return program.run("run_code", code, argv, Optional.empty(), pathEntry(""));
    }

    /**
     * Reads statements from stdin and runs them one by one in {@code __main__}, as {@code python -i} does with no
     * program (prompts on stderr, the value of an expression printed on stdout), until end of input or exit().
     */
    public RunOutcome runInteractive(List<String> arguments) {
        List<String> argv = new ArrayList<>();
        argv.add("");
        argv.addAll(arguments);
        return program.run("run_interactive", "", argv, Optional.empty(), pathEntry(""));
    }

    /** What goes first on sys.path for the program: nothing under {@link Builder#safePath}. */
    private Optional<String> pathEntry(String entry) {
        return settings.safePath() ? Optional.empty() : Optional.of(entry);
    }

    /** Closes every interpreter. Safe from any thread while code runs (the running code is cancelled), and twice. */
    @Override
    public void close() {
        program.cancel();
        registry.shutDown();
    }

    /** Options of a runtime. */
    public static final class Builder {
        private OutputStream stdout = System.out;
        private OutputStream stderr = System.err;
        private InputStream stdin = System.in;
        private Path workingDirectory;
        private ApiGeneration generation = ApiGeneration.PEP734;
        private List<String> xoptions = List.of();
        private boolean safePath;
        private boolean inspect;

        public Builder stdout(OutputStream out) {
            this.stdout = Objects.requireNonNull(out);
            return this;
        }

        public Builder stderr(OutputStream err) {
            this.stderr = Objects.requireNonNull(err);
            return this;
        }

        public Builder stdin(InputStream in) {
            this.stdin = Objects.requireNonNull(in);
            return this;
        }

        /** The current directory of the program (relative paths, {@code -m} lookups); default: the JVM's. */
        public Builder workingDirectory(Path dir) {
            this.workingDirectory = Objects.requireNonNull(dir);
            return this;
        }

        /**
         * The API generation every interpreter of the runtime serves (default {@link ApiGeneration#PEP734},
         * {@code concurrent.interpreters}); fixed for the runtime's life, since generations give the same
         * module name ({@code _interpreters}) different APIs.
         */
        public Builder generation(ApiGeneration generation) {
            this.generation = Objects.requireNonNull(generation);
            return this;
        }

        /**
         * {@code -X} options as {@code python} takes them ({@code name} or {@code name=value}): every interpreter's
         * {@code sys._xoptions}. {@code faulthandler} also enables the faulthandler module in the main interpreter;
         * the others are only recorded.
         */
        public Builder xoptions(List<String> options) {
            this.xoptions = List.copyOf(options);
            return this;
        }

        /** Like {@code python -P} (and {@code -I}): the program's directory is not put first on sys.path. */
        public Builder safePath(boolean safe) {
            this.safePath = safe;
            return this;
        }

        /**
         * Like {@code python -i}: after the program (even one that raised), statements are read from stdin and run
         * in {@code __main__} until end of input or exit().
         */
        public Builder inspect(boolean inspect) {
            this.inspect = inspect;
            return this;
        }

        public PythonRuntime build() {
            return new PythonRuntime(new RuntimeSettings(stdout, stderr, stdin, Optional.ofNullable(workingDirectory),
                    generation, xoptions, safePath), inspect);
        }
    }
}
