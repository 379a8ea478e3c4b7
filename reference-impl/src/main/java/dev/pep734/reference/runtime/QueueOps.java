package dev.pep734.reference.runtime;

import dev.pep734.reference.xi.QueueRegistry;

/** Queue operations reachable from guest code (filled in below). */
public final class QueueOps {
    private final QueueRegistry queues;
    private final long self;

    QueueOps(QueueRegistry queues, long self) {
        this.queues = queues;
        this.self = self;
    }
}
