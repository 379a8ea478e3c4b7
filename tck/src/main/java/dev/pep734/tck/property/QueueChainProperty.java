package dev.pep734.tck.property;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Deterministic queue action chains across main and two subinterpreters, checked step by step against
 * {@link QueueModel}: the item each get returns, QueueEmpty/QueueFull, qsize/empty/full after every step,
 * timed calls that block exactly when the model says so, and closing a producer under each unbound-items
 * policy.
 */
final class QueueChainProperty implements Property {

    private static final String HARNESS = "/dev/pep734/tck/property/chains.py";

    @Override
    public String name() {
        return "queue-chains";
    }

    @Override
    public String clause() {
        return "section:reference";
    }

    @Override
    public String description() {
        return "queue action chains across interpreters behave as a FIFO model with maxsize, timeouts and "
                + "unbound-items policies";
    }

    @Override
    public String level() {
        return "should";
    }

    @Override
    public Set<String> features() {
        return Set.of("queues");
    }

    @Override
    public PropertyResult check(PropertyRun run) {
        return new CaseChecker<QueueChain>() {
            @Override
            List<QueueChain> generate(SplittableRandom random, int tries) {
                return ChainGenerator.chains(random, tries);
            }

            @Override
            int batchSize() {
                return 25;
            }

            @Override
            List<String> kinds(QueueChain chain) {
                List<String> kinds = new ArrayList<>();
                kinds.add("chain maxsize=" + chain.maxsize());
                for (QueueAction a : chain.actions()) {
                    kinds.add(switch (a.op()) {
                        case PUT -> a.mode() == QueueAction.Mode.NOWAIT ? "put_nowait"
                                : a.timed() ? "put(timeout=1)" : "put() blocking";
                        case GET -> a.mode() == QueueAction.Mode.NOWAIT ? "get_nowait"
                                : a.timed() ? "get(timeout=1)" : "get() blocking";
                        case CLOSE -> "close under " + chain.policy();
                    });
                }
                List<String> expected = QueueModel.expect(chain);
                expected.stream().filter(s -> s.startsWith("full")).forEach(s -> kinds.add("QueueFull expected"));
                expected.stream().filter(s -> s.startsWith("empty")).forEach(s -> kinds.add("QueueEmpty expected"));
                expected.stream().filter(s -> s.contains(" blocked|")).forEach(s -> kinds.add("blocking call"));
                return kinds;
            }

            @Override
            String script(List<QueueChain> chains) {
                StringBuilder cases = new StringBuilder("CHAINS = [\n");
                for (int i = 0; i < chains.size(); i++) {
                    cases.append("    ").append(chains.get(i).python("c" + i)).append(",\n");
                }
                return Batch.harness(HARNESS, cases.append("]").toString());
            }

            @Override
            Optional<String> mismatch(QueueChain chain, String id, Batch.Observed observed) {
                List<String> expected = QueueModel.expect(chain);
                for (int step = 0; step < expected.size(); step++) {
                    Optional<String> actual = observed.get(id, Integer.toString(step));
                    String action = "step " + (step + 1) + " (" + chain.actions().get(step) + ")";
                    if (actual.isEmpty()) {
                        return Optional.of(action + ": expected " + expected.get(step) + ", but "
                                + observed.silence());
                    }
                    if (!actual.get().equals(expected.get(step))) {
                        return Optional.of(action + ": expected " + expected.get(step) + ", got " + actual.get()
                                + "\n(observations are outcome|qsize empty full)");
                    }
                }
                return Optional.empty();
            }

            @Override
            List<QueueChain> shrinks(QueueChain chain) {
                return ChainGenerator.shrinks(chain);
            }

            @Override
            String describe(QueueChain chain) {
                return chain.describe();
            }
        }.check(this, run);
    }
}
