package dev.pep734.reference.runtime;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * CONTRACT (to be implemented): the embedding API of the reference implementation. One runtime is one
 * Python process's worth of interpreters: a main interpreter (its own GraalPy context) and every
 * subinterpreter created from it (one context each).
 *
 * <pre>{@code
 * try (PythonRuntime python = PythonRuntime.builder().stdout(System.out).stderr(System.err).build()) {
 *     RunOutcome outcome = python.runFile(Path.of("demo.py"), List.of());
 *     System.exit(outcome.exitCode());
 * }
 * }</pre>
 */
public final class PythonRuntime implements AutoCloseable {

    private PythonRuntime() {
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Runs a file as {@code __main__}, like {@code python FILE ARGS...}; prints an uncaught exception's traceback to stderr. */
    public RunOutcome runFile(Path file, List<String> arguments) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** Runs a module as {@code __main__}, like {@code python -m MODULE ARGS...}. */
    public RunOutcome runModule(String module, List<String> arguments) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** Runs source code as {@code __main__}, like {@code python -c CODE ARGS...}. */
    public RunOutcome runCode(String code, List<String> arguments) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** Closes every interpreter. Safe from any thread while code runs (the running code is cancelled), and twice. */
    @Override
    public void close() {
    }

    /** Options of a runtime. */
    public static final class Builder {
        private OutputStream stdout = System.out;
        private OutputStream stderr = System.err;
        private InputStream stdin = System.in;

        public Builder stdout(OutputStream out) {
            this.stdout = out;
            return this;
        }

        public Builder stderr(OutputStream err) {
            this.stderr = err;
            return this;
        }

        public Builder stdin(InputStream in) {
            this.stdin = in;
            return this;
        }

        public PythonRuntime build() {
            throw new UnsupportedOperationException("not implemented yet: " + stdout + stderr + stdin);
        }
    }
}
