package dev.pep734.reference.cpython;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs one test module of the suite in {@code run_suite.py} processes of the implementation under test, so that
 * a test which hangs or kills its process costs only itself: the driver watches the report as it is written,
 * kills the process (and everything it started) when one test runs longer than the timeout, records that test,
 * and starts a new process for the tests after it.
 */
final class ModuleRun {

    /**
     * @param python the implementation's {@code python3}
     * @param suiteDir the assembled suite: CPython's test files, run_suite.py, cpython_compat.py
     * @param workDir where reports, logs and the tests' current directory go
     * @param testTimeout the longest one test may run
     */
    record Settings(Path python, Path suiteDir, Path workDir, Duration testTimeout) {
    }

    /** What the runs of one module gave. */
    record Result(String module, Set<String> plan, Map<String, TestResult> results, List<String> fixtureFailures,
                  int processes, Duration wallTime) {
    }

    private static final Duration POLL = Duration.ofMillis(200);
    /** Lines of a process's output quoted with a crash. */
    private static final int LOG_TAIL = 40;

    private final Settings settings;
    private final String module;
    private final Set<String> plan = new LinkedHashSet<>();
    private final Map<String, TestResult> results = new LinkedHashMap<>();
    private final List<String> fixtureFailures = new ArrayList<>();

    private ModuleRun(Settings settings, String module) {
        this.settings = settings;
        this.module = module;
    }

    static Result run(Settings settings, String module) throws IOException, InterruptedException {
        return new ModuleRun(settings, module).runAll();
    }

    private Result runAll() throws IOException, InterruptedException {
        long started = System.nanoTime();
        int processes = 0;
        boolean more = true;
        while (more) {
            processes++;
            more = runOnce(processes);
        }
        return new Result(module, plan, results, fixtureFailures, processes,
                Duration.ofNanos(System.nanoTime() - started));
    }

    /** One process over the tests not done yet; true when another one must continue after a lost test. */
    private boolean runOnce(int attempt) throws IOException, InterruptedException {
        Path reports = Files.createDirectories(settings.workDir().resolve("reports"));
        Path logs = Files.createDirectories(settings.workDir().resolve("logs"));
        Path cwd = Files.createDirectories(settings.workDir().resolve("cwd"));
        String name = module + "." + attempt;
        Path report = reports.resolve(name + ".tsv");
        Path skip = reports.resolve(name + ".skip");
        Path log = logs.resolve(name + ".log");
        Files.deleteIfExists(report);
        Files.createFile(report);
        Files.write(skip, results.keySet(), StandardCharsets.UTF_8);

        ProcessBuilder builder = new ProcessBuilder(settings.python().toString(),
                settings.suiteDir().resolve("run_suite.py").toString(), "--report", report.toString(),
                "--skip", skip.toString(), module)
                .directory(cwd.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(key -> key.startsWith("PYTHON"));
        env.put("PYTHONIOENCODING", "utf-8");
        Process process = builder.start();

        SuiteReport progress = new SuiteReport();
        try (BufferedReader in = Files.newBufferedReader(report, StandardCharsets.UTF_8)) {
            LineFeed feed = new LineFeed(in, progress);
            long quietSince = System.nanoTime();
            String watched = null;
            while (true) {
                boolean exited = process.waitFor(POLL.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
                if (feed.readAvailable()) {
                    quietSince = System.nanoTime();
                }
                String running = progress.running().orElse(null);
                if (running != null && !running.equals(watched)) {
                    watched = running;
                    quietSince = System.nanoTime();
                }
                if (exited) {
                    feed.readAvailable();
                    break;
                }
                // Between tests (start-up, fixtures) the same limit applies: nothing may stay silent longer.
                if (Duration.ofNanos(System.nanoTime() - quietSince).compareTo(settings.testTimeout()) > 0) {
                    killTree(process);
                    feed.readAvailable();
                    collect(progress);
                    return lost(progress, Outcome.TIMEOUT, "ran longer than " + settings.testTimeout().toSeconds()
                            + " s: the process was killed and the run resumed after this test", log);
                }
            }
        } finally {
            if (process.isAlive()) {
                killTree(process);
            }
        }
        collect(progress);
        if (progress.done()) {
            markNotRun("not run: a class or module fixture failed (see the fixture failures of " + module + ")");
            return false;
        }
        return lost(progress, Outcome.CRASH, "the process ended (status " + process.exitValue()
                + ") while this test ran", log);
    }

    private void collect(SuiteReport progress) {
        plan.addAll(progress.plan());
        results.putAll(progress.ended());
        fixtureFailures.addAll(progress.fixtureFailures());
    }

    /**
     * Records the test a killed or dead process was running; true when tests remain for a new process. With no
     * test running (the process hung or died between tests), the tests not reached are recorded the same way.
     */
    private boolean lost(SuiteReport progress, Outcome outcome, String why, Path log) throws IOException {
        String detail = why + "\n--- last lines of the process's output ---\n" + tail(log);
        String running = progress.running().orElse(null);
        if (running == null) {
            fixtureFailures.add(module + ": " + outcome.word() + " outside any test: " + detail);
            markNotRun(outcome.word() + " between tests: " + detail);
            return false;
        }
        results.put(running, new TestResult(running, outcome, settings.testTimeout().toSeconds(), detail));
        return plan.stream().anyMatch(id -> !results.containsKey(id));
    }

    private void markNotRun(String why) {
        for (String id : plan) {
            results.putIfAbsent(id, new TestResult(id, Outcome.ERROR, 0, why));
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.ISO_8859_1);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL), lines.size()));
    }

    /** Kills the launcher and every process it started (the tests start more interpreters as processes). */
    static void killTree(Process process) throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor();
    }

    /** Feeds complete lines of a file that is still being written. */
    private static final class LineFeed {
        private final BufferedReader in;
        private final SuiteReport report;
        private final StringBuilder partial = new StringBuilder();

        LineFeed(BufferedReader in, SuiteReport report) {
            this.in = in;
            this.report = report;
        }

        /** Reads what is there; true if at least one line was complete. */
        boolean readAvailable() throws IOException {
            boolean any = false;
            int c;
            while (in.ready() && (c = in.read()) >= 0) {
                if (c == '\n') {
                    report.accept(partial.toString());
                    partial.setLength(0);
                    any = true;
                } else {
                    partial.append((char) c);
                }
            }
            return any;
        }
    }
}
