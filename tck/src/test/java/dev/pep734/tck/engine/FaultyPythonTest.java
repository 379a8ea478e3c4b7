package dev.pep734.tck.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.pep734.tck.process.GroundTruth;
import dev.pep734.tck.spec.AssertionScript;
import dev.pep734.tck.spec.Expectation;
import dev.pep734.tck.spec.Level;
import dev.pep734.tck.spi.ImplementationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * Faults of the implementation under test, end to end through the engine and the process adapter: a fake
 * {@code python} (a shell script under target/) misbehaves on purpose when a script carries a
 * {@code # fault:} line, else hands over to CPython 3.14.3. Each fault must become a clear failure of that
 * test only, the run must go on to the next test and end within a bounded time, and the summary must be
 * written (a crash is never a pass).
 */
class FaultyPythonTest {
    private static final String FAKE = """
            #!/bin/sh
            # A python that misbehaves on purpose (the TCK's fault tests): it obeys the "# fault:" line of the
            # script it runs, else it is the real CPython.
            fault=$(sed -n 's/^# fault: //p' "$1" 2>/dev/null | head -n 1)
            case "$fault" in
              killed) echo "started"; kill -9 $$ ;;
              hang) trap '' TERM INT; while :; do sleep 1; done ;;
              flood) head -c 104857600 /dev/zero | tr '\\000' x; exit 3 ;;
              notutf8) printf 'out \\377\\376\\n'
                       printf 'Traceback (most recent call last):\\n  File "x.py", line 1, in <module>\\nValueError: bad \\377 byte\\n' >&2
                       exit 1 ;;
              *) exec "%s" "$@" ;;
            esac
            """;
    private static final String DEAD_AT_START = """
            #!/bin/sh
            echo "fake python: fatal: cannot load the runtime" >&2
            exit 127
            """;

    private static AssertionScript faulty(String id, String fault, Duration timeout) {
        return Fixtures.assertion("fixture", id, "api:make", "# fault: " + fault + "\nprint('fine')\n", Level.MUST,
                Expectation.PASS, id, null, Optional.of(timeout));
    }

    private static AssertionScript healthy(String id) {
        return Fixtures.assertion("fixture", id, "api:make", "print('still fine')\n", Level.MUST, Expectation.PASS, id,
                null);
    }

    private static Path write(String name, String text) throws IOException {
        Path file = TckRun.workDir("faulty-python").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    private static EngineExecutionResults run(String work, Path python, List<AssertionScript> scripts) {
        return TckRun.kit(work, Fixtures.profile("fixture", scripts, List.of(), List.of()))
                .configurationParameter(Constants.IMPLEMENTATION, "cpython")
                .configurationParameter("pep734.tck.python", python.toString())
                .configurationParameter("pep734.tck.profiles", "fixture")
                .selectors(selectClass(TckRun.marker("cpython"))).execute();
    }

    @Test
    void each_fault_fails_its_own_test_clearly_and_the_run_goes_on_to_its_summary()
            throws IOException, ImplementationException {
        Path python = write("python3", FAKE.formatted(GroundTruth.python()));
        // Ids sort the run: each fault is followed by a healthy test that must still pass.
        List<AssertionScript> scripts = List.of(
                faulty("f1-killed", "killed", Duration.ofSeconds(60)), healthy("f1-next"),
                faulty("f2-hangs", "hang", Duration.ofSeconds(2)), healthy("f2-next"),
                faulty("f3-floods", "flood", Duration.ofSeconds(120)), healthy("f3-next"),
                faulty("f4-not-utf8", "notutf8", Duration.ofSeconds(60)), healthy("f4-next"));
        long start = System.nanoTime();
        EngineExecutionResults results = run("faulty-python", python, scripts);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        failsWith(results, "f1-killed", m -> m.contains("crashed") && m.contains("signal 9 (SIGKILL)"));
        failsWith(results, "f2-hangs", m -> m.contains("timed out after") && m.contains("reproduce with: python "));
        failsWith(results, "f3-floods", m -> m.contains("exited with status 3"));
        failsWith(results, "f4-not-utf8", m -> m.contains("ValueError") && m.contains("bad \uFFFD byte"));
        for (String next : List.of("f1-next", "f2-next", "f3-next", "f4-next")) {
            results.testEvents().assertThatEvents().haveExactly(1, event(displayName(next), finishedSuccessfully()));
        }
        System.out.println("[faults] 4 faults injected through a fake python, run took " + took.toMillis() + " ms");
        assertTrue(took.compareTo(Duration.ofMinutes(10)) < 0, "the run took " + took);
        String summary = Files.readString(TckRun.workDir("faulty-python").resolve("cpython/summary.txt"));
        assertTrue(summary.contains("implementation: cpython"), summary);
    }

    @Test
    void an_implementation_that_exits_at_start_up_fails_every_test_with_its_reason_and_writes_the_summary()
            throws IOException {
        Path python = write("dead-python3", DEAD_AT_START);
        EngineExecutionResults results = run("dead-at-start", python, List.of(healthy("h1"), healthy("h2")));
        results.testEvents().assertThatEvents().haveAtLeast(2, event(test(), finishedWithFailure(message(
                m -> m.contains("could not start") && m.contains("cannot load the runtime")))));
        results.testEvents().assertStatistics(s -> s.succeeded(0));
        Path summary = TckRun.workDir("dead-at-start").resolve("cpython/summary.txt");
        assertTrue(Files.exists(summary), "no summary at " + summary);
    }

    private static void failsWith(EngineExecutionResults results, String name, Predicate<String> check) {
        results.testEvents().assertThatEvents().haveExactly(1, event(displayName(name),
                finishedWithFailure(message(m -> {
                    boolean ok = check.test(m);
                    if (!ok) {
                        System.out.println("[faults] unexpected message for " + name + ":\n" + m);
                    }
                    return ok;
                }))));
    }
}
