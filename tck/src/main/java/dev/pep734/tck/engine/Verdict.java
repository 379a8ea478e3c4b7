package dev.pep734.tck.engine;

import dev.pep734.tck.derive.TestDeriver;
import dev.pep734.tck.spi.Outcome;
import dev.pep734.tck.spi.PythonError;
import dev.pep734.tck.spi.RunResult;
import java.nio.file.Path;
import java.util.Optional;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * Judges one run against what its test expects, and explains a failure so that the implementer knows what
 * the spec says, what happened, and how to reproduce it.
 */
final class Verdict {

    private static final int STDERR_TAIL_LINES = 20;

    private Verdict() {
    }

    /**
     * Returns normally when the run conforms; throws {@link AssertionFailedError} with a teaching message, or
     * {@link TestAbortedException} when a derived check says it cannot verify what it was made for.
     */
    static void judge(String testName, LeafWork.Script work, RunResult result, Path script) {
        Optional<String> raises = work.expect().raises();
        if (raises.isPresent()) {
            String type = raises.get();
            Optional<PythonError> error = result.error();
            boolean raised = (result.outcome() == Outcome.ERROR || result.outcome() == Outcome.FAILED)
                    && error.isPresent() && error.get().is(type);
            if (!raised) {
                throw failure(testName, work, result, script, "expected the script to raise " + type
                        + ", but " + whatHappened(result));
            }
            return;
        }
        if (work.derived() && result.outcome() == Outcome.ERROR
                && result.error().filter(e -> e.is(TestDeriver.NOT_VERIFIED_ERROR)
                        || e.is("unittest.case." + TestDeriver.NOT_VERIFIED_ERROR)).isPresent()) {
            throw new TestAbortedException(LeafFactory.NOT_VERIFIED + result.error().get().message());
        }
        if (result.outcome() != Outcome.PASSED) {
            throw failure(testName, work, result, script, whatHappened(result));
        }
        if (work.expectedStdout().isPresent()) {
            String expected = OutputDiff.normalise(work.expectedStdout().get());
            String actual = OutputDiff.normalise(result.stdout());
            if (!expected.equals(actual)) {
                String message = message(testName, work, result, script,
                        "the output differs from the document's (- document, + actual):\n"
                                + OutputDiff.diff(expected, actual));
                throw new AssertionFailedError(message, expected, actual);
            }
        }
    }

    private static String whatHappened(RunResult result) {
        return switch (result.outcome()) {
            case PASSED -> "it ended normally";
            case FAILED, ERROR -> result.error()
                    .map(e -> "it raised " + e.qualifiedName() + ": " + e.message())
                    .orElse("it ended with exit status " + result.exitCode() + " and no exception was reported");
            case TIMED_OUT -> "it timed out after " + SessionKeeper.seconds(result.elapsed());
            case CRASHED -> "the implementation crashed (exit status " + result.exitCode() + ")";
        };
    }

    private static AssertionFailedError failure(String testName, LeafWork.Script work, RunResult result, Path script,
                                                String what) {
        return new AssertionFailedError(message(testName, work, result, script, what));
    }

    private static String message(String testName, LeafWork.Script work, RunResult result, Path script,
                                  String what) {
        StringBuilder m = new StringBuilder();
        m.append(testName).append(": ").append(what).append('\n');
        m.append("clause: ").append(work.clause()).append(" (").append(work.documentedAt()).append(")\n");
        for (String quote : work.quotes()) {
            m.append("the spec says: \"").append(Quotes.normalise(quote)).append("\"\n");
        }
        result.error().filter(e -> !e.traceback().isBlank())
                .ifPresent(e -> m.append("traceback:\n").append(indent(e.traceback())));
        String tail = tail(result.stderr());
        if (!tail.isBlank() && result.error().map(e -> !tail.contains(e.message())).orElse(true)) {
            m.append("stderr (last lines):\n").append(indent(tail));
        }
        m.append("reproduce with: python ").append(script);
        return m.toString();
    }

    private static String tail(String text) {
        String[] lines = text.stripTrailing().split("\n");
        int from = Math.max(0, lines.length - STDERR_TAIL_LINES);
        return String.join("\n", java.util.Arrays.copyOfRange(lines, from, lines.length));
    }

    private static String indent(String text) {
        return text.stripTrailing().indent(4);
    }
}
