package dev.pep734.reference.runtime;

import static dev.pep734.reference.runtime.HostArgs.integer;
import static dev.pep734.reference.runtime.HostArgs.interruptible;

import dev.pep734.reference.xi.QueueFailure;
import dev.pep734.reference.xi.QueueItem;
import dev.pep734.reference.xi.QueueRegistry;
import dev.pep734.reference.xi.UnboundPolicy;
import dev.pep734.reference.xi.XiQueue;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;

/**
 * What {@code _interpqueues} asks of the runtime. Items are converted to {@code XiValue} at put (so the
 * sender's objects never leave its context) and rebuilt by the receiver at get. Timeouts arrive as whole
 * seconds, already truncated by the Python layer as CPython does (negative: wait forever).
 */
public final class QueueOps {
    private final QueueRegistry queues;
    private final WireCodec codec;
    private final long self;

    QueueOps(QueueRegistry queues, WireCodec codec, long self) {
        this.queues = queues;
        this.codec = codec;
        this.self = self;
    }

    @HostAccess.Export
    public Object create(Value maxsize, Value policy) {
        return guard(() -> queues.create(integer(maxsize, "maxsize"), policy(policy)).id());
    }

    @HostAccess.Export
    public Object destroy(Value id) {
        return guard(() -> {
            queues.destroy(integer(id, "qid"));
            return null;
        });
    }

    /** {@code [[id, maxsize, policy code], ...]}. */
    @HostAccess.Export
    public Object listAll() {
        return guard(() -> {
            List<Object> rows = new ArrayList<>();
            for (long id : queues.ids()) {
                try {
                    XiQueue q = queues.require(id);
                    rows.add(ProxyArray.fromArray(id, q.maxsize(), q.defaultPolicy().code()));
                } catch (QueueFailure gone) {
                    // destroyed meanwhile
                }
            }
            return ProxyArray.fromList(rows);
        });
    }

    /** {@code [maxsize, policy code]} of a queue (also the existence check of {@code Queue(id)}). */
    @HostAccess.Export
    public Object info(Value id) {
        return guard(() -> {
            XiQueue q = queue(id);
            return ProxyArray.fromArray(q.maxsize(), q.defaultPolicy().code());
        });
    }

    /**
     * Adds the value sent as {@code tag, payload} (see {@link WireCodec#readTagged}). Policy code 0 applies
     * the queue's default policy. Answers True, or a failure reply: one access less than an ok reply, on
     * the path every item takes.
     */
    @HostAccess.Export
    public Object put(Value id, Value tag, Value payload, Value policy, Value timeout) {
        return direct(() -> {
            XiQueue q = queue(id);
            // 0: the queue's default, so that a put needs no get_info() round trip first.
            UnboundPolicy chosen = integer(policy, "unbounditems") == 0 ? q.defaultPolicy() : policy(policy);
            QueueItem item = new QueueItem(codec.readTagged(tag, payload), self, chosen);
            long nanos = QueueRegistry.timeoutNanos(integer(timeout, "timeout"));
            interruptible(() -> q.put(item, nanos));
            return Boolean.TRUE;
        });
    }

    /**
     * The next item's value as {@link WireCodec#writeDirect} gives it when it has one; otherwise a reply:
     * {@code [wire, 0]} for an item without a direct form, {@code [None, policy code]} for an item whose
     * interpreter is gone, or a failure. A direct value is never a list, a reply always is.
     */
    @HostAccess.Export
    public Object get(Value id, Value timeout) {
        return direct(() -> {
            XiQueue q = queue(id);
            long nanos = QueueRegistry.timeoutNanos(integer(timeout, "timeout"));
            QueueItem[] got = new QueueItem[1];
            interruptible(() -> got[0] = q.get(nanos));
            QueueItem item = got[0];
            if (item.isUnbound()) {
                return Reply.ok(ProxyArray.fromArray(null, item.policy().code()));
            }
            Object value = WireCodec.writeDirect(item.value());
            return value instanceof ProxyArray wire ? Reply.ok(ProxyArray.fromArray(wire, 0)) : value;
        });
    }

    @HostAccess.Export
    public Object bind(Value id) {
        return guard(() -> {
            queues.bind(integer(id, "qid"));
            return null;
        });
    }

    @HostAccess.Export
    public Object release(Value id) {
        return guard(() -> {
            queues.release(integer(id, "qid"));
            return null;
        });
    }

    @HostAccess.Export
    public Object size(Value id) {
        return guard(() -> queue(id).size());
    }

    @HostAccess.Export
    public Object isFull(Value id) {
        return guard(() -> queue(id).isFull());
    }

    private XiQueue queue(Value id) {
        return queues.require(integer(id, "qid"));
    }

    private static UnboundPolicy policy(Value code) {
        return HostArgs.policy(code, "unbounditems");
    }

    private static Object guard(Supplier<Object> action) {
        return HostArgs.guard(action, QueueFailure.class, QueueOps::pyType);
    }

    private static Object direct(Supplier<Object> action) {
        return HostArgs.direct(action, QueueFailure.class, QueueOps::pyType);
    }

    private static String pyType(QueueFailure f) {
        return switch (f.kind()) {
            case EMPTY -> "QueueEmpty";
            case FULL -> "QueueFull";
            case NOT_FOUND -> "QueueNotFoundError";
            case OTHER -> "QueueError";
        };
    }
}
