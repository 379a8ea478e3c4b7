package dev.pep734.tck.property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * Proof that the properties bite: each runs through the engine against CPython with one planted bug
 * (see {@code Mutant}), must fail, and must report a small counterexample, the seed and how to replay it.
 */
class PlantedBugsTest {

    private static final String SEED = "20261123";
    private static final String TRIES = "60";

    @Test
    void a_lifo_queue_is_caught_by_the_chains_and_shrunk_to_three_actions() {
        String message = failure("queue-lifo", "queue-chains");
        List<String> actions = actions(counterexample(message));
        assertTrue(actions.size() <= 3, () -> "not shrunk: " + actions + "\n" + message);
        assertEquals(2, actions.stream().filter(a -> a.contains("put")).count(), message);
        assertTrue(message.contains("expected item main-") || message.contains("expected item s"), message);
    }

    @Test
    void a_queue_that_drops_an_item_under_contention_is_caught_by_the_concurrent_phases() {
        String message = failure("queue-drops-under-contention", "queue-concurrent");
        List<String> actions = actions(counterexample(message));
        assertTrue(actions.size() <= 4, () -> "not shrunk: " + actions + "\n" + message);
        assertTrue(message.contains("was put but never arrived (lost)"), message);
        // The bug needs two putters in one interpreter: shrinking keeps exactly those, with few items.
        assertEquals(2, actions.stream().filter(a -> a.startsWith("main thread")).count(), message);
    }

    @Test
    void an_is_shareable_that_accepts_lists_is_shrunk_to_the_empty_list() {
        String message = failure("is-shareable-accepts-lists", "is-shareable");
        assertEquals("[]", counterexample(message), message);
        assertTrue(message.contains("is_shareable: expected False, got True"), message);
    }

    @Test
    void a_round_trip_that_turns_negative_zero_into_zero_is_shrunk_to_negative_zero() {
        String message = failure("round-trip-loses-negative-zero", "prepare-main-values");
        assertEquals("-0.0", counterexample(message), message);
        assertTrue(message.contains("prepare_main: expected same, got changed float 0.0"), message);
    }

    /** Runs the property against the mutant and returns its failure message, checked for seed and replay. */
    private static String failure(String mutant, String property) {
        Path work = PropertyTckRun.workDir(mutant);
        EngineExecutionResults results = PropertyTckRun.run("cpython-mutant", property, work,
                Map.of("pep734.tck.mutant", mutant, "pep734.tck.seed", SEED, "pep734.tck.tries", TRIES));
        results.testEvents().assertStatistics(s -> s.finished(1).failed(1));
        String message = results.testEvents().failed().list().get(0).getRequiredPayload(TestExecutionResult.class)
                .getThrowable().orElseThrow().getMessage();
        assertTrue(message.contains("seed: " + SEED + ", tries: " + TRIES), message);
        assertTrue(message.contains("replay: mvn -B verify -Dgroups=property -Dpep734.tck.implementation=cpython-mutant"
                + " -Dpep734.tck.mutant=" + mutant), message);
        assertTrue(message.contains("-Dpep734.tck.seed=" + SEED + " -Dpep734.tck.tries=" + TRIES), message);
        Path reproducer = work.resolve("cpython-mutant/properties/" + property + "/reproducer.py");
        assertTrue(message.contains("reproducer: python " + reproducer), message);
        assertTrue(Files.isRegularFile(reproducer), reproducer::toString);
        return message;
    }

    /** The minimal counterexample of a failure message: its first line and the lines indented under it. */
    static String counterexample(String message) {
        String[] lines = message.split("\n");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("minimal counterexample: ")) {
                out.append(lines[i].substring("minimal counterexample: ".length()));
                for (int j = i + 1; j < lines.length && lines[j].startsWith("    "); j++) {
                    out.append('\n').append(lines[j].substring(4));
                }
                return out.toString();
            }
        }
        throw new AssertionError("no counterexample in: " + message);
    }

    /** The actions of a chain or phase: every line but the queue's creation. */
    static List<String> actions(String counterexample) {
        return Arrays.stream(counterexample.split("\n")).filter(l -> !l.startsWith("q = ")).toList();
    }
}
