package dev.pep734.reference.xi;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which interpreters use which end of one channel, as CPython tracks it: an interpreter is associated with
 * an end when it first sends or receives, and releases it explicitly or by being destroyed. The channel
 * stays open while some interpreter holds an open end, or while nobody has been associated yet.
 * Not thread-safe: guarded by the channel's lock.
 */
final class ChannelEnds {
    private final Set<Long> sendOpen = new TreeSet<>();
    private final Set<Long> sendReleased = new TreeSet<>();
    private final Set<Long> recvOpen = new TreeSet<>();
    private final Set<Long> recvReleased = new TreeSet<>();

    /** Associates {@code interp} with an end; false when it already released that end. */
    boolean associate(long interp, boolean send) {
        if ((send ? sendReleased : recvReleased).contains(interp)) {
            return false;
        }
        (send ? sendOpen : recvOpen).add(interp);
        return true;
    }

    void release(long interp, boolean send, boolean recv) {
        if (send) {
            sendOpen.remove(interp);
            sendReleased.add(interp);
        }
        if (recv) {
            recvOpen.remove(interp);
            recvReleased.add(interp);
        }
    }

    /** CPython's _channelends_is_open: some open end, or no association at all yet. */
    boolean isOpen() {
        return !sendOpen.isEmpty() || !recvOpen.isEmpty() || (sendReleased.isEmpty() && recvReleased.isEmpty());
    }

    List<Long> interpreters(boolean send) {
        return new ArrayList<>(send ? sendOpen : recvOpen);
    }

    /** [open send, released send, open recv, released recv]. */
    int[] counts() {
        return new int[] {sendOpen.size(), sendReleased.size(), recvOpen.size(), recvReleased.size()};
    }
}
