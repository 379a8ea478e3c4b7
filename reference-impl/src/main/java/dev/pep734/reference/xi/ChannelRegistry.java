package dev.pep734.reference.xi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The channels of one runtime, by id (from 0, as CPython's, never reused). A channel lives until it is
 * destroyed or the runtime closes; a closed channel stays listed until destroyed, as in CPython (whose
 * {@code list_all} shows only open ones: see {@link #open}).
 */
public final class ChannelRegistry {
    private final AtomicLong nextId = new AtomicLong();
    private final Map<Long, XiChannel> channels = new ConcurrentSkipListMap<>();

    public XiChannel create(UnboundPolicy defaultPolicy) {
        long id = nextId.getAndIncrement();
        XiChannel channel = new XiChannel(id, defaultPolicy);
        channels.put(id, channel);
        return channel;
    }

    /** The channel, or a NOT_FOUND failure "channel N not found". */
    public XiChannel require(long id) {
        XiChannel channel = channels.get(id);
        if (channel == null) {
            throw notFound(id);
        }
        return channel;
    }

    /** Closes the channel (waking whoever waits on it) and forgets it. */
    public void destroy(long id) {
        XiChannel channel = channels.remove(id);
        if (channel == null) {
            throw notFound(id);
        }
        channel.destroy();
    }

    /** The channels that are neither closed nor closing, in id order. */
    public List<XiChannel> open() {
        List<XiChannel> open = new ArrayList<>();
        for (XiChannel channel : channels.values()) {
            if (channel.info().open()) {
                open.add(channel);
            }
        }
        return open;
    }

    /** Unbinds (or removes) the items the destroyed interpreter sent, and releases its ends everywhere. */
    public void interpreterDestroyed(long interpreterId) {
        for (XiChannel channel : channels.values()) {
            channel.ownerDestroyed(interpreterId);
        }
    }

    private static ChannelFailure notFound(long id) {
        return new ChannelFailure(ChannelFailure.Kind.NOT_FOUND, "channel " + id + " not found");
    }
}
