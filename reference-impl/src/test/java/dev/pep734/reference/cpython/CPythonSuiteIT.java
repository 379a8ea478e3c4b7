package dev.pep734.reference.cpython;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * CPython 3.14.3's own tests of multiple interpreters ({@code test_interpreters}, {@code test__interpreters},
 * {@code test_concurrent_futures.test_interpreter_pool}: 284 tests) run on the packaged launcher
 * {@code target/bin/python3}, through the compatibility layer in {@code src/test/cpython-suite}. Every test that
 * does not pass must be listed in {@code expected-failures.txt} with its cause, and every listed test must still
 * fail: the build fails otherwise. Writes {@code target/cpython-suite/summary.txt} and {@code results.tsv}.
 *
 * <p>System properties (set by the pom): {@code pep734.launcher.executable}, {@code pep734.cpython.suite.source}
 * (the folder with our runner, shims and list), {@code pep734.cpython.suite.workdir}, and
 * {@code pep734.cpython.suite.timeout} (seconds one test may run) and {@code pep734.cpython.suite.parallelism}
 * (modules run at once, each in its own process). {@code pep734.cpython.suite.python} runs the suite on another
 * {@code python3} instead (CPython 3.14.3 itself, to check the harness).
 */
class CPythonSuiteIT {

    @Test
    void cpythonsOwnInterpreterTestsPassOrAreListedWithTheirCause() throws Exception {
        Path python = Path.of(System.getProperty("pep734.cpython.suite.python",
                System.getProperty("pep734.launcher.executable", "target/bin/python3"))).toAbsolutePath();
        Path source = Path.of(System.getProperty("pep734.cpython.suite.source", "src/test/cpython-suite"));
        Path work = Path.of(System.getProperty("pep734.cpython.suite.workdir", "target/cpython-suite"));
        Duration timeout = Duration.ofSeconds(Long.getLong("pep734.cpython.suite.timeout", 90));
        int parallelism = Integer.getInteger("pep734.cpython.suite.parallelism", 2);
        Path expectationsFile = Path.of(System.getProperty("pep734.cpython.suite.expectations",
                source.resolve("expected-failures.txt").toString()));
        assertTrue(Files.isExecutable(python), python + " is not an executable file: run mvn package first");
        ExpectedFailures expected = ExpectedFailures.read(expectationsFile);

        Path suite = work.resolve("suite");
        SuiteFiles.assemble(source, suite);
        ModuleRun.Settings settings = new ModuleRun.Settings(python, suite.toAbsolutePath(), work.toAbsolutePath(),
                timeout);
        long started = System.nanoTime();
        List<ModuleRun.Result> modules = runAll(settings, parallelism);
        Duration wall = Duration.ofNanos(System.nanoTime() - started);

        Map<String, TestResult> results = new LinkedHashMap<>();
        modules.forEach(m -> m.plan().forEach(id -> results.put(id, m.results().get(id))));
        SuiteSummary summary = SuiteSummary.of(results.values(), expected);
        String text = summary.text(python.toString(), wall, modules);
        Files.writeString(work.resolve("summary.txt"), text, StandardCharsets.UTF_8);
        SuiteSummary.writeResults(work.resolve("results.tsv"), results.values(), expected);
        System.out.println("[cpython suite] " + text.replace("\n", "\n[cpython suite] "));

        List<String> problems = new ArrayList<>();
        modules.forEach(m -> m.fixtureFailures().forEach(f -> problems.add("fixture failure: " + f)));
        if (results.size() != SuiteFiles.TESTS) {
            problems.add("found " + results.size() + " tests in " + SuiteFiles.MODULES + ", CPython 3.14.3 runs "
                    + SuiteFiles.TESTS);
        }
        problems.addAll(expected.problems(results.values()));
        assertTrue(problems.isEmpty(), problems.size() + " test(s) differ from " + expectationsFile
                + " (details in " + work.resolve("results.tsv") + " and " + work.resolve("logs") + "):\n  "
                + String.join("\n  ", problems));
    }

    private static List<ModuleRun.Result> runAll(ModuleRun.Settings settings, int parallelism) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(parallelism);
        try {
            List<Future<ModuleRun.Result>> futures = new ArrayList<>();
            for (String module : SuiteFiles.MODULES) {
                futures.add(pool.submit(() -> ModuleRun.run(settings, module)));
            }
            List<ModuleRun.Result> results = new ArrayList<>();
            for (Future<ModuleRun.Result> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
