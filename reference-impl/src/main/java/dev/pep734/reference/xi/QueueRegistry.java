package dev.pep734.reference.xi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The queues of one runtime, by id (from 1, never reused). Queues live until the runtime closes or
 * {@link #destroy} is called: CPython also destroys a queue when its last Queue object is dropped, which
 * would need reliable finalizers in every context (GraalPy gives none; see docs/graalpy.md, "Finalizers"). The low-level
 * {@link #bind}/{@link #release} count CPython's {@code _interpqueues} keeps works as there: the release of the
 * last binding destroys the queue (our Queue objects do not bind).
 */
public final class QueueRegistry {
    private final AtomicLong nextId = new AtomicLong(1);
    private final Map<Long, XiQueue> queues = new ConcurrentSkipListMap<>();
    private final Map<Long, Integer> bindings = new ConcurrentSkipListMap<>();

    public XiQueue create(long maxsize, UnboundPolicy defaultPolicy) {
        long id = nextId.getAndIncrement();
        XiQueue queue = new XiQueue(id, maxsize, defaultPolicy);
        queues.put(id, queue);
        return queue;
    }

    /** The queue, or a NOT_FOUND failure "queue N not found". */
    public XiQueue require(long id) {
        XiQueue queue = queues.get(id);
        if (queue == null) {
            throw new QueueFailure(QueueFailure.Kind.NOT_FOUND, "queue " + id + " not found");
        }
        return queue;
    }

    public void destroy(long id) {
        if (queues.remove(id) == null) {
            throw new QueueFailure(QueueFailure.Kind.NOT_FOUND, "queue " + id + " not found");
        }
        bindings.remove(id);
    }

    /** One more binding of the queue. */
    public synchronized void bind(long id) {
        require(id);
        bindings.merge(id, 1, Integer::sum);
    }

    /** One binding less; the last one destroys the queue. A queue never bound is an error, as in CPython. */
    public synchronized void release(long id) {
        require(id);
        Integer count = bindings.get(id);
        if (count == null) {
            throw new QueueFailure(QueueFailure.Kind.OTHER, "queue " + id + " never bound");
        }
        if (count <= 1) {
            destroy(id);
        } else {
            bindings.put(id, count - 1);
        }
    }

    public List<Long> ids() {
        return new ArrayList<>(queues.keySet());
    }

    /** Unbinds (or removes) in every queue the items the destroyed interpreter put. */
    public void interpreterDestroyed(long interpreterId) {
        for (XiQueue queue : queues.values()) {
            queue.ownerDestroyed(interpreterId);
        }
    }

    /** Converts a Python timeout, already truncated to whole seconds (negative: forever), to nanoseconds. */
    public static long timeoutNanos(long seconds) {
        return XiQueue.nanos(seconds);
    }
}
