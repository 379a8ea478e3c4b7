package dev.pep734.tck.property;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a correct queue does with a chain, step by step: FIFO, maxsize, QueueEmpty/QueueFull, timed calls that
 * block (about a second, for timeout=1) exactly when the nowait form would fail, and items of a closed
 * interpreter replaced (UNBOUND), raising ItemInterpreterDestroyed once (UNBOUND_ERROR) or removed
 * (UNBOUND_REMOVE), as CPython 3.14.3 does. Each step's observation is {@code outcome|qsize empty full}.
 */
final class QueueModel {

    /** An item in the queue and the interpreter (slot and generation) that put it. */
    private record Entry(String item, String owner) {
    }

    private final QueueChain chain;
    private final Deque<Entry> items = new ArrayDeque<>();
    private final Set<String> closed = new HashSet<>();
    private final int[] generation = new int[3];

    private QueueModel(QueueChain chain) {
        this.chain = chain;
    }

    /** The expected observation of every step. */
    static List<String> expect(QueueChain chain) {
        QueueModel model = new QueueModel(chain);
        List<String> out = new ArrayList<>();
        for (QueueAction action : chain.actions()) {
            out.add(model.step(action) + "|" + model.state());
        }
        return out;
    }

    /** How many timed calls of the chain block for their whole timeout (each costs a second). */
    static int blockingCalls(QueueChain chain) {
        return (int) expect(chain).stream().filter(s -> s.contains(" blocked|")).count();
    }

    /** Whether a plain blocking put or get of the chain would wait (on a correct queue: for ever). */
    static boolean waitsForever(QueueChain chain) {
        QueueModel model = new QueueModel(chain);
        for (QueueAction action : chain.actions()) {
            if (action.mode() == QueueAction.Mode.BLOCK
                    && (action.op() == QueueAction.Op.PUT ? model.full() : model.items.isEmpty())) {
                return true;
            }
            model.step(action);
        }
        return false;
    }

    /** Whether a put or get now would not be served at once. */
    static boolean wouldBlock(QueueChain prefix, QueueAction.Op op) {
        QueueModel model = new QueueModel(prefix);
        prefix.actions().forEach(model::step);
        return op == QueueAction.Op.PUT ? model.full() : model.items.isEmpty();
    }

    private String step(QueueAction action) {
        String owner = action.actor() + "." + generation[action.actor()];
        return switch (action.op()) {
            case PUT -> {
                if (full()) {
                    yield "full" + timing(action, true);
                }
                items.addLast(new Entry(action.item(), owner));
                yield "ok" + timing(action, false);
            }
            case GET -> {
                if (items.isEmpty()) {
                    yield "empty" + timing(action, true);
                }
                Entry e = items.removeFirst();
                String got = !closed.contains(e.owner()) ? "item " + e.item()
                        : chain.policy() == QueueChain.Policy.UNBOUND ? "unbound" : "destroyed";
                yield got + timing(action, false);
            }
            case CLOSE -> {
                closed.add(owner);
                generation[action.actor()]++;
                if (chain.policy() == QueueChain.Policy.UNBOUND_REMOVE) {
                    items.removeIf(e -> e.owner().equals(owner));
                }
                yield "closed";
            }
        };
    }

    private static String timing(QueueAction action, boolean blocks) {
        return action.timed() ? (blocks ? " blocked" : " prompt") : "";
    }

    private boolean full() {
        return chain.maxsize() > 0 && items.size() >= chain.maxsize();
    }

    private String state() {
        return items.size() + " " + (items.isEmpty() ? "True" : "False") + " " + (full() ? "True" : "False");
    }
}
