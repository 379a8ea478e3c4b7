package dev.pep734.reference.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Runs one Python script of many {@code @check} functions in a fresh runtime (a runtime costs seconds,
 * a check milliseconds) and turns each check into its own JUnit test. The script runs from a real file
 * as {@code __main__}, so {@code <fake __main__>} resolution works as under CPython; the checks only run
 * under {@code __name__ == '__main__'}, not when a subinterpreter re-runs the file. A check that did not
 * report (crash, early exit) fails, so no check can pass by not running.
 */
final class ScriptChecks {
    private static final String PRELUDE = """
            import json as _json, sys as _sys, traceback as _traceback
            _results = []
            def check(fn):
                if __name__ == '__main__':
                    try:
                        fn()
                        _results.append([fn.__name__, None])
                    except BaseException as e:
                        _results.append([fn.__name__, ''.join(_traceback.format_exception(e))])
                return fn
            """;
    private static final String EPILOGUE = """

            if __name__ == '__main__':
                print('@@RESULTS@@' + _json.dumps(_results))
            """;
    private static final Pattern CHECK = Pattern.compile("^@check\\s*\\n\\s*def (\\w+)", Pattern.MULTILINE);

    private ScriptChecks() {
    }

    static Stream<DynamicTest> run(String body) {
        return run(ApiGeneration.PEP734, body);
    }

    /** The same, in a runtime that serves the given API generation. */
    static Stream<DynamicTest> run(ApiGeneration generation, String body) {
        Path dir;
        try {
            dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "checks");
            Path script = Files.writeString(dir.resolve("checks.py"), PRELUDE + body + EPILOGUE);
            return run(generation, script, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<DynamicTest> run(ApiGeneration generation, Path script, String body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        RunOutcome outcome;
        try (PythonRuntime rt = PythonRuntime.builder().stdout(out).stderr(err).workingDirectory(script.getParent())
                .generation(generation).build()) {
            outcome = rt.runFile(script, List.of());
        }
        String stdout = out.toString(StandardCharsets.UTF_8);
        String stderr = err.toString(StandardCharsets.UTF_8);
        List<String> expected = new ArrayList<>();
        Matcher m = CHECK.matcher(body);
        while (m.find()) {
            expected.add(m.group(1));
        }
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(dynamicTest("script ran to the end", () -> {
            assertEquals(0, outcome.exitCode(), "exit code; stderr:\n" + stderr);
            assertTrue(stdout.contains("@@RESULTS@@"), "no results; stdout:\n" + stdout + "\nstderr:\n" + stderr);
        }));
        String json = stdout.contains("@@RESULTS@@") ? stdout.substring(stdout.indexOf("@@RESULTS@@") + 11).trim() : "[]";
        List<String[]> results = parse(json);
        for (String name : expected) {
            String[] result = results.stream().filter(r -> r[0].equals(name)).findFirst().orElse(null);
            tests.add(dynamicTest(name, () -> {
                assertTrue(result != null, name + " did not report; stderr:\n" + stderr);
                assertNull(result[1], result[1]);
            }));
        }
        return tests.stream();
    }

    /** The tiny JSON our prelude writes: [[name, null | "traceback"], ...]. */
    private static List<String[]> parse(String json) {
        List<String[]> rows = new ArrayList<>();
        Matcher m = Pattern.compile("\\[\"(\\w+)\", (null|\"((?:[^\"\\\\]|\\\\.)*)\")\\]").matcher(json);
        while (m.find()) {
            rows.add(new String[] {m.group(1), m.group(2).equals("null") ? null : unescape(m.group(3))});
        }
        return rows;
    }

    private static String unescape(String s) {
        return s.replace("\\n", "\n").replace("\\\"", "\"").replace("\\\\", "\\");
    }
}
