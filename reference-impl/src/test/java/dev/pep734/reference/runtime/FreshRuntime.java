package dev.pep734.reference.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs a program in a fresh runtime, for tests that only need what it printed. */
final class FreshRuntime {
    private FreshRuntime() {
    }

    /** What {@code code} printed, trimmed; fails the test with its stderr unless it exited with status 0. */
    static String stdoutOf(String code) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        RunOutcome outcome;
        try (PythonRuntime rt = PythonRuntime.builder().stdout(out).stderr(err).build()) {
            outcome = rt.runCode(code, List.of());
        }
        assertEquals(0, outcome.exitCode(), err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8).trim();
    }
}
