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
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** A hung or crashed implementation costs one test, never the run. */
class SessionRecoveryTest {

    private static AssertionScript script(String id, String source, Optional<Duration> timeout) {
        return Fixtures.assertion("fixture", id, "api:make", source, Level.MUST, Expectation.PASS, id, null, timeout);
    }

    @Test
    void a_hanging_script_fails_as_timed_out_and_the_next_runs_in_a_fresh_session() {
        List<AssertionScript> extra = List.of(
                script("a-hangs", "# fake: hang\n", Optional.of(Duration.ofMillis(200))),
                script("b-after-hang", "# fake: pass\n", Optional.empty()));
        long start = System.nanoTime();
        EngineExecutionResults results = TckRun.kit("hang", Fixtures.profile("fixture", extra, List.of(), List.of()))
                .selectors(selectClass(TckRun.FAKE_MARKER)).execute();
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        results.testEvents().assertThatEvents().haveExactly(1, event(displayName("a-hangs"),
                finishedWithFailure(message(m -> m.startsWith("a-hangs: it timed out after")
                        && m.contains("reproduce with: python ")))));
        results.testEvents().assertThatEvents().haveExactly(1, event(displayName("b-after-hang"),
                finishedSuccessfully()));
        // The hang ends at its 200 ms timeout plus the 2 s grace; a watchdog that ignored the script's timeout would
        // wait the default 60 s plus 12 s. The whole engine run took 8.5-10.7 s under a load of ~14 on 2 cores
        // (20 s was too close): 50 s leaves room for a slower machine and still fails such a watchdog.
        assertTrue(took.compareTo(Duration.ofSeconds(50)) < 0, "the watchdog stopped waiting: " + took);
        assertEquals(2, FakeImplementation.SESSIONS.get());
        assertTrue(FakeImplementation.RUNS.contains("1:assertion-a-hangs.py"), FakeImplementation.RUNS::toString);
        assertTrue(FakeImplementation.RUNS.contains("2:assertion-b-after-hang.py"), FakeImplementation.RUNS::toString);
    }

    @Test
    void a_crash_costs_one_test_and_the_next_runs_in_a_fresh_session() {
        List<AssertionScript> extra = List.of(
                script("a-crashes", "# fake: crash\n", Optional.empty()),
                script("b-after-crash", "# fake: pass\n", Optional.empty()));
        EngineExecutionResults results = TckRun.kit("crash", Fixtures.profile("fixture", extra, List.of(), List.of()))
                .selectors(selectClass(TckRun.FAKE_MARKER)).execute();
        results.testEvents().assertThatEvents().haveExactly(1, event(displayName("a-crashes"),
                finishedWithFailure(message(m -> m.startsWith("a-crashes: the implementation crashed")))));
        results.testEvents().assertThatEvents().haveExactly(1, event(displayName("b-after-crash"),
                finishedSuccessfully()));
        assertTrue(FakeImplementation.RUNS.contains("2:assertion-b-after-crash.py"), FakeImplementation.RUNS::toString);
        results.testEvents().assertStatistics(s -> s.failed(1));
    }

    @Test
    void the_grace_is_a_fifth_of_the_timeout_and_at_least_two_seconds() {
        assertEquals(Duration.ofSeconds(12), SessionKeeper.grace(Duration.ofSeconds(60)));
        assertEquals(Duration.ofSeconds(2), SessionKeeper.grace(Duration.ofMillis(200)));
    }
}
