package dev.pep734.reference.example;

import dev.pep734.reference.runtime.PythonRuntime;
import dev.pep734.reference.runtime.RunOutcome;
import java.io.OutputStream;
import java.util.List;

/**
 * The embedding example of reference-impl/README.md (quoted there whole): Python code that uses a
 * subinterpreter, run from Java.
 */
public final class SortWords {

    private static final String PROGRAM = """
            import sys
            from concurrent import interpreters
            words = sys.argv[1:]
            if not words:
                raise SystemExit("nothing to sort")
            interp = interpreters.create()  # on the JVM: its own GraalPy context
            try:
                ordered = interp.call(sorted, words)  # runs in that interpreter
            finally:
                interp.close()
            print(len(words), "words:", " ".join(ordered))
            """;

    private SortWords() {
    }

    /** Runs the program in a fresh runtime; returns the exit status {@code python} would have. */
    public static int sort(List<String> words, OutputStream out, OutputStream err) {
        try (PythonRuntime python = PythonRuntime.builder().stdout(out).stderr(err).build()) {
            RunOutcome outcome = python.runCode(PROGRAM, words);
            // An uncaught exception is data: type, message and the traceback Python printed to err.
            outcome.error().ifPresent(e -> System.err.println("failed with " + e.qualifiedName()));
            return outcome.exitCode();
        }
    }

    public static void main(String[] args) {
        System.exit(sort(List.of(args), System.out, System.err));
    }
}
