package dev.pep734.tck.property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pep734.tck.property.QueueAction.Mode;
import dev.pep734.tck.property.QueueAction.Op;
import dev.pep734.tck.property.QueueChain.Policy;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The queue model, the chain generator and shrinker, and the concurrent invariants, without any Python. */
class QueueModelTest {

    private static QueueAction put(int actor, String item) {
        return new QueueAction(Op.PUT, actor, item);
    }

    private static QueueAction get(int actor, Mode mode) {
        return new QueueAction(Op.GET, actor, "", mode);
    }

    @Test
    void the_model_is_fifo_bounded_and_applies_each_unbound_policy() {
        assertEquals(List.of("ok|1 False True", "full blocked|1 False True", "item a prompt|0 True False",
                        "empty|0 True False"),
                QueueModel.expect(new QueueChain(1, Policy.UNBOUND, List.of(put(0, "a"),
                        new QueueAction(Op.PUT, 0, "b", Mode.TIMEOUT), get(1, Mode.TIMEOUT), get(0, Mode.NOWAIT)))));
        List<QueueAction> close = List.of(put(1, "x"), put(0, "y"), new QueueAction(Op.CLOSE, 1, ""),
                get(0, Mode.NOWAIT), get(0, Mode.NOWAIT));
        assertEquals(List.of("ok|1 False False", "ok|2 False False", "closed|2 False False",
                "unbound|1 False False", "item y|0 True False"), QueueModel.expect(new QueueChain(0, Policy.UNBOUND, close)));
        assertEquals("destroyed|1 False False", QueueModel.expect(new QueueChain(0, Policy.UNBOUND_ERROR, close)).get(3));
        assertEquals(List.of("ok|1 False False", "ok|2 False False", "closed|1 False False", "item y|0 True False",
                "empty|0 True False"), QueueModel.expect(new QueueChain(0, Policy.UNBOUND_REMOVE, close)));
    }

    @Test
    void generated_chains_never_block_for_ever_and_keep_to_the_blocking_budget() {
        List<QueueChain> chains = ChainGenerator.chains(new SplittableRandom(7), 300);
        assertEquals(ChainGenerator.edgeCases(), chains.subList(0, ChainGenerator.edgeCases().size()));
        chains.forEach(c -> assertFalse(QueueModel.waitsForever(c), c::describe));
        int random = chains.subList(ChainGenerator.edgeCases().size(), chains.size()).stream()
                .mapToInt(QueueModel::blockingCalls).sum();
        assertTrue(random <= ChainGenerator.BLOCKING_BUDGET, "blocking calls in random chains: " + random);
        assertTrue(chains.stream().anyMatch(c -> c.actions().stream().anyMatch(a -> a.mode() == Mode.BLOCK)));
    }

    @Test
    void chain_shrinks_are_shorter_or_simpler_and_never_block_for_ever() {
        QueueChain chain = ChainGenerator.edgeCases().get(0);
        List<QueueChain> shrinks = ChainGenerator.shrinks(chain);
        assertFalse(shrinks.isEmpty());
        for (QueueChain c : shrinks) {
            assertTrue(c.actions().size() <= chain.actions().size());
            assertFalse(QueueModel.waitsForever(c), c::describe);
            assertTrue(QueueModel.blockingCalls(c) <= QueueModel.blockingCalls(chain));
        }
    }

    @Test
    void the_concurrent_invariants_catch_loss_duplicates_and_reordering() {
        ConcurrentPhase phase = new ConcurrentPhase(0, List.of(new ConcurrentPhase.Producer(false, 2),
                new ConcurrentPhase.Producer(true, 1)), 2, 1);
        assertEquals(Optional.empty(), QueueConcurrentProperty.invariants(phase, "p0.0,p1.0|p0.1"));
        assertEquals(Optional.of("item p0.1 was put but never arrived (lost)"),
                QueueConcurrentProperty.invariants(phase, "p0.0,p1.0|"));
        assertEquals(Optional.of("item p0.0 arrived twice"),
                QueueConcurrentProperty.invariants(phase, "p0.0,p1.0|p0.0,p0.1"));
        assertTrue(QueueConcurrentProperty.invariants(phase, "p0.1,p0.0,p1.0|").orElseThrow().contains("order"));
        assertTrue(QueueConcurrentProperty.invariants(phase, "p0.0,p0.1,p1.0,p2.0|").orElseThrow()
                .contains("nobody put"));
        assertEquals(Optional.of("producer p0: QueueFull: x"),
                QueueConcurrentProperty.invariants(phase, "error producer p0: QueueFull: x"));
    }
}
