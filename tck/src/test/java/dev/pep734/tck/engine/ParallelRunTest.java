package dev.pep734.tck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.pep734.tck.spec.AssertionScript;
import dev.pep734.tck.spec.Expectation;
import dev.pep734.tck.spec.Level;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** pep734.tck.parallelism: scripts run side by side, each session used by one run at a time. */
class ParallelRunTest {

    /**
     * Scripts that each wait until two runs have overlapped, then sleep a little so that an engine running more
     * than two at once would be seen doing it. Waiting for the overlap, not sleeping, makes "at least two at once"
     * hold however late a loaded machine starts the second worker (a fixed sleep failed a CI run that way).
     * Serial runs wait for an overlap of one, which each run makes alone.
     */
    private static List<AssertionScript> sleepers(int count, int overlap, String extraLine) {
        List<AssertionScript> scripts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = "sleeper-" + i;
            scripts.add(Fixtures.assertion("fixture", id, "api:make", "# fake: overlap " + overlap + "\n# fake: sleep 100\n"
                    + (i == 1 ? extraLine : ""), Level.MUST, Expectation.PASS, id, null, Optional.empty()));
        }
        return scripts;
    }

    private static EngineExecutionResults run(String work, String parallelism, List<AssertionScript> scripts) {
        return TckRun.kit(work, Fixtures.profile("fixture", scripts, List.of(), List.of()))
                .configurationParameter(Constants.PARALLELISM, parallelism)
                .selectors(selectClass(TckRun.FAKE_MARKER)).execute();
    }

    @Test
    void two_sessions_run_scripts_at_the_same_time_and_never_more() throws Exception {
        EngineExecutionResults results = run("parallel", "2", sleepers(6, 2, ""));

        for (int i = 0; i < 6; i++) {
            results.testEvents().assertThatEvents().haveExactly(1, event(displayName("sleeper-" + i),
                    finishedSuccessfully()));
        }
        results.testEvents().assertStatistics(s -> s.failed(0));
        assertEquals(2, FakeImplementation.MAX_RUNNING.get(), "at most and at least two runs at once");
        assertEquals(2, FakeImplementation.SESSIONS.get(), "one session per worker, reused");
        String summary = Files.readString(TckRun.workDir("parallel").resolve("fake/summary.txt"));
        assertTrue(summary.contains("sessions opened: 2"), summary);
    }

    @Test
    void a_crash_in_one_session_replaces_only_that_session() {
        EngineExecutionResults results = run("parallel-crash", "2", sleepers(6, 2, "# fake: crash\n"));

        results.testEvents().assertThatEvents().haveExactly(1, event(displayName("sleeper-1"),
                finishedWithFailure(message(m -> m.startsWith("sleeper-1: the implementation crashed")))));
        results.testEvents().assertStatistics(s -> s.failed(1));
        // Replacement is lazy: a crashed session is replaced only if its slot runs another script.
        int sessions = FakeImplementation.SESSIONS.get();
        assertTrue(sessions == 2 || sessions == 3, "two sessions, plus at most one replacing the crashed one: "
                + sessions);
        assertEquals(2, FakeImplementation.MAX_RUNNING.get());
    }

    @Test
    void one_runs_one_script_at_a_time() {
        EngineExecutionResults results = run("serial", "1", sleepers(3, 1, ""));

        results.testEvents().assertThatEvents().haveExactly(1, event(displayName("sleeper-0"), finishedSuccessfully()));
        assertEquals(1, FakeImplementation.MAX_RUNNING.get());
        assertEquals(1, FakeImplementation.SESSIONS.get());
    }

    @Test
    void a_bad_value_fails_the_tests_naming_it() {
        EngineExecutionResults results = run("parallel-bad", "two", sleepers(1, 1, ""));

        results.testEvents().assertThatEvents().haveExactly(1, event(displayName("sleeper-0"),
                finishedWithFailure(message(m -> m.contains("pep734.tck.parallelism=two is not a positive whole number")))));
    }
}
