package dev.pep734.tck.property;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A chain of queue actions on one fresh queue.
 *
 * @param maxsize the queue's maxsize (0: unbounded)
 * @param policy the queue's {@code unbounditems}: what its items become when their interpreter is closed
 */
record QueueChain(int maxsize, Policy policy, List<QueueAction> actions) {

    /** The unbound-items policies of {@code concurrent.interpreters._queues}. */
    enum Policy { UNBOUND, UNBOUND_ERROR, UNBOUND_REMOVE }

    QueueChain {
        actions = List.copyOf(actions);
    }

    QueueChain with(List<QueueAction> other) {
        return new QueueChain(maxsize, policy, other);
    }

    /** The chain as a reader sees it: the queue, then one action a line. */
    String describe() {
        return "q = create_queue(maxsize=" + maxsize + ", unbounditems=" + policy + ")\n"
                + actions.stream().map(QueueAction::toString).collect(Collectors.joining("\n"));
    }

    String python(String id) {
        return "(\"" + id + "\", " + maxsize + ", \"" + policy + "\", ["
                + actions.stream().map(QueueAction::python).collect(Collectors.joining(", ")) + "])";
    }
}
