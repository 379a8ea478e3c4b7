package dev.pep734.reference.runtime;

import static dev.pep734.reference.runtime.HostArgs.integer;
import static dev.pep734.reference.runtime.HostArgs.interruptible;

import dev.pep734.reference.xi.ChannelFailure;
import dev.pep734.reference.xi.ChannelInfo;
import dev.pep734.reference.xi.ChannelRegistry;
import dev.pep734.reference.xi.QueueItem;
import dev.pep734.reference.xi.UnboundPolicy;
import dev.pep734.reference.xi.XiChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;

/**
 * What {@code _interpchannels} asks of the runtime. As with queues, an item is converted to plain Java data
 * when it is sent and rebuilt by the receiver. Timeouts arrive in nanoseconds (negative: wait forever);
 * a blocked call releases its own context's GIL while it waits in Java.
 */
public final class ChannelOps {
    private final ChannelRegistry channels;
    private final WireCodec codec;
    private final ApiGeneration generation;
    private final long self;

    ChannelOps(ChannelRegistry channels, WireCodec codec, ApiGeneration generation, long self) {
        this.channels = channels;
        this.codec = codec;
        this.generation = generation;
        this.self = self;
    }

    /** The profile id of the runtime's API generation: it decides which classes channel ends arrive as. */
    @HostAccess.Export
    public Object generation() {
        return Reply.guard(generation::profile);
    }

    @HostAccess.Export
    public Object create(Value policy) {
        return guard(() -> channels.create(policy(policy)).id());
    }

    @HostAccess.Export
    public Object destroy(Value cid) {
        return guard(() -> {
            channels.destroy(integer(cid, "cid"));
            return null;
        });
    }

    /** {@code [[id, policy code], ...]} of the open channels. */
    @HostAccess.Export
    public Object listAll() {
        return guard(() -> {
            List<Object> rows = new ArrayList<>();
            for (XiChannel ch : channels.open()) {
                rows.add(ProxyArray.fromArray(ch.id(), ch.defaultPolicy().code()));
            }
            return ProxyArray.fromList(rows);
        });
    }

    /** {@code [open, closing, closed, count, send, send released, recv, recv released]}. */
    @HostAccess.Export
    public Object info(Value cid) {
        return guard(() -> {
            ChannelInfo i = channel(cid).info();
            return ProxyArray.fromArray(i.open(), i.closing(), i.closed(), i.count(), i.numSend(),
                    i.numSendReleased(), i.numRecv(), i.numRecvReleased());
        });
    }

    @HostAccess.Export
    public Object defaults(Value cid) {
        return guard(() -> channel(cid).defaultPolicy().code());
    }

    /** Sends a wire value; answers whether it was received (see {@link XiChannel#send}). */
    @HostAccess.Export
    public Object send(Value cid, Value wire, Value policy, Value block, Value timeoutNanos) {
        return guard(() -> {
            XiChannel ch = channel(cid);
            long code = integer(policy, "unboundop");
            UnboundPolicy p = code < 0 ? ch.defaultPolicy() : policy(policy);
            QueueItem item = new QueueItem(codec.read(wire), self, p);
            if (block == null || !block.isBoolean()) {
                throw GuestRaise.typeError("blocking must be a bool");
            }
            long nanos = integer(timeoutNanos, "timeout");
            boolean[] received = new boolean[1];
            interruptible(() -> received[0] = ch.send(item, block.asBoolean(), nanos));
            return received[0];
        });
    }

    /** {@code [wire, 0]} for an item, {@code [None, policy code]} for one whose interpreter is gone. */
    @HostAccess.Export
    public Object recv(Value cid, Value timeoutNanos) {
        return guard(() -> {
            XiChannel ch = channel(cid);
            long nanos = integer(timeoutNanos, "timeout");
            QueueItem[] got = new QueueItem[1];
            interruptible(() -> got[0] = ch.recv(self, nanos));
            if (got[0].isUnbound()) {
                return ProxyArray.fromArray(null, got[0].policy().code());
            }
            return ProxyArray.fromArray(WireCodec.write(got[0].value()), 0);
        });
    }

    @HostAccess.Export
    public Object close(Value cid, Value send, Value recv, Value force) {
        return guard(() -> {
            channel(cid).close(bool(send), bool(recv), bool(force));
            return null;
        });
    }

    @HostAccess.Export
    public Object release(Value cid, Value send, Value recv) {
        return guard(() -> {
            channel(cid).release(self, bool(send), bool(recv));
            return null;
        });
    }

    @HostAccess.Export
    public Object interpreters(Value cid, Value send) {
        return guard(() -> ProxyArray.fromList(new ArrayList<>(channel(cid).interpreters(bool(send)))));
    }

    private XiChannel channel(Value cid) {
        return channels.require(integer(cid, "cid"));
    }

    private static boolean bool(Value v) {
        return v != null && v.isBoolean() && v.asBoolean();
    }

    private static UnboundPolicy policy(Value code) {
        return HostArgs.policy(code, "unboundop");
    }

    private static Object guard(Supplier<Object> action) {
        return HostArgs.guard(action, ChannelFailure.class, f -> switch (f.kind()) {
            case NOT_FOUND -> "ChannelNotFoundError";
            case CLOSED -> "ChannelClosedError";
            case EMPTY -> "ChannelEmptyError";
            case NOT_EMPTY -> "ChannelNotEmptyError";
            case TIMEOUT -> "TimeoutError";
        });
    }
}
