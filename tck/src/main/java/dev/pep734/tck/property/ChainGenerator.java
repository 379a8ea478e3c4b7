package dev.pep734.tck.property;

import dev.pep734.tck.property.QueueAction.Op;
import dev.pep734.tck.property.QueueAction.Mode;
import dev.pep734.tck.property.QueueChain.Policy;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Queue action chains: hand-picked edge cases first (FIFO across interpreters, maxsize, each unbound-items
 * policy, timed calls that block), then random chains. Blocking calls cost a second each and closing an
 * interpreter is slow on some runtimes, so random chains get a small budget of both.
 */
final class ChainGenerator {

    static final int BLOCKING_BUDGET = 2;
    static final int CLOSE_BUDGET = 2;
    private static final int MAX_LENGTH = 10;

    private int blocking = BLOCKING_BUDGET;
    private int closes = CLOSE_BUDGET;

    static List<QueueChain> chains(SplittableRandom random, int tries) {
        List<QueueChain> out = new ArrayList<>(edgeCases());
        ChainGenerator generator = new ChainGenerator();
        while (out.size() < tries) {
            out.add(generator.chain(random));
        }
        return out;
    }

    static List<QueueChain> edgeCases() {
        List<QueueChain> out = new ArrayList<>();
        out.add(new QueueChain(0, Policy.UNBOUND, List.of(put(0, 0), put(0, 1), put(1, 2), take(1), take(0),
                get(2), get(2))));
        out.add(new QueueChain(2, Policy.UNBOUND, List.of(put(1, 0), put(2, 1), put(0, 2), get(0), put(0, 4),
                get(1), get(2), get(0), get(0))));
        for (Policy policy : Policy.values()) {
            out.add(new QueueChain(0, policy, List.of(put(1, 0), put(0, 1), put(1, 2),
                    new QueueAction(Op.CLOSE, 1, ""), get(0), get(2), get(0), put(1, 7), get(1))));
        }
        out.add(new QueueChain(1, Policy.UNBOUND, List.of(put(0, 0), new QueueAction(Op.PUT, 0, "main-1", Mode.TIMEOUT),
                new QueueAction(Op.GET, 1, "", Mode.TIMEOUT), new QueueAction(Op.GET, 0, "", Mode.TIMEOUT))));
        return out;
    }

    private static QueueAction put(int actor, int index) {
        return new QueueAction(Op.PUT, actor, QueueAction.actorName(actor) + "-" + index);
    }

    private static QueueAction get(int actor) {
        return new QueueAction(Op.GET, actor, "");
    }

    /** A plain blocking get, where an item is there to take. */
    private static QueueAction take(int actor) {
        return new QueueAction(Op.GET, actor, "", Mode.BLOCK);
    }

    QueueChain chain(SplittableRandom r) {
        int[] sizes = {0, 0, 1, 2, 3};
        Policy policy = Policy.values()[r.nextInt(Policy.values().length)];
        QueueChain chain = new QueueChain(sizes[r.nextInt(sizes.length)], policy, List.of());
        int length = 1 + r.nextInt(MAX_LENGTH);
        List<QueueAction> actions = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            int roll = r.nextInt(100);
            int actor = r.nextInt(3);
            QueueAction action;
            if (roll >= 92 && closes > 0) {
                closes--;
                action = new QueueAction(Op.CLOSE, 1 + r.nextInt(2), "");
            } else {
                Op op = roll < 48 ? Op.PUT : Op.GET;
                boolean blocks = QueueModel.wouldBlock(chain.with(actions), op);
                int mode = r.nextInt(100);
                Mode chosen = Mode.NOWAIT;
                if (mode < 15 && (!blocks || blocking-- > 0)) {
                    chosen = Mode.TIMEOUT;
                } else if (mode >= 60 && !blocks) {
                    chosen = Mode.BLOCK;
                }
                action = new QueueAction(op, actor, op == Op.PUT ? QueueAction.actorName(actor) + "-" + i : "",
                        chosen);
            }
            actions.add(action);
        }
        return chain.with(actions);
    }

    /** Simpler chains: fewer actions (halves, quarters, ... single ones), then simpler actions and queue. */
    static List<QueueChain> shrinks(QueueChain chain) {
        List<QueueChain> out = new ArrayList<>();
        List<QueueAction> actions = chain.actions();
        int n = actions.size();
        for (int size = n / 2; size >= 1; size = size == 1 ? 0 : Math.max(1, size / 2)) {
            for (int start = 0; start + size <= n; start += size) {
                List<QueueAction> fewer = new ArrayList<>(actions.subList(0, start));
                fewer.addAll(actions.subList(start + size, n));
                out.add(chain.with(fewer));
            }
        }
        for (int i = 0; i < n; i++) {
            QueueAction a = actions.get(i);
            if (a.mode() != Mode.NOWAIT) {
                out.add(chain.with(replace(actions, i, a.with(Mode.NOWAIT))));
            }
            if (a.actor() != 0 && a.op() != Op.CLOSE) {
                out.add(chain.with(replace(actions, i, a.by(0))));
            }
        }
        if (chain.maxsize() > 0) {
            out.add(new QueueChain(0, chain.policy(), actions));
        }
        if (chain.policy() != Policy.UNBOUND) {
            out.add(new QueueChain(chain.maxsize(), Policy.UNBOUND, actions));
        }
        // A candidate that blocks longer than the chain did is no simpler and costs seconds; one whose plain
        // blocking call would wait (its put or get was removed) would hang a correct queue.
        int limit = QueueModel.blockingCalls(chain);
        out.removeIf(c -> QueueModel.blockingCalls(c) > limit || QueueModel.waitsForever(c));
        return out;
    }

    private static List<QueueAction> replace(List<QueueAction> actions, int index, QueueAction action) {
        List<QueueAction> copy = new ArrayList<>(actions);
        copy.set(index, action);
        return copy;
    }
}
