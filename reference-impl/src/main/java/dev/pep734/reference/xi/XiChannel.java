package dev.pep734.reference.xi;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A cross-interpreter channel: a FIFO with a receiving and a sending end, shared by every interpreter of a
 * runtime. Unlike a queue, a blocking {@link #send} returns only once its item was received; a non-blocking
 * send reports whether a receiver was already waiting for it. Items keep the order in which they were sent,
 * so each sender's items arrive in its own order. Closing follows CPython's {@code _interpchannels}: an
 * empty channel closes at once; with items left, closing the send end lets receivers drain them first.
 * Timeouts: negative waits forever, 0 does not wait.
 */
public final class XiChannel {
    private enum State { OPEN, CLOSING, CLOSED }

    /** One sent item, and whether a receiver took it (a blocked sender waits for that). */
    private static final class Pending {
        QueueItem item;
        boolean received;
        boolean dropped;

        Pending(QueueItem item) {
            this.item = item;
        }
    }

    private final long id;
    private final UnboundPolicy defaultPolicy;
    private final ReentrantLock lock = new ReentrantLock();
    /** Signalled on every change: an item sent, received or dropped, the state changed. */
    private final Condition changed = lock.newCondition();
    private final Deque<Pending> items = new ArrayDeque<>();
    private final ChannelEnds ends = new ChannelEnds();
    private State state = State.OPEN;
    private int waitingReceivers;

    XiChannel(long id, UnboundPolicy defaultPolicy) {
        this.id = id;
        this.defaultPolicy = defaultPolicy;
    }

    public long id() {
        return id;
    }

    public UnboundPolicy defaultPolicy() {
        return defaultPolicy;
    }

    /**
     * Sends an item (its owner is the sending interpreter).
     *
     * @param block wait until the item is received (or the timeout expires: the item is withdrawn)
     * @return whether the item was received: always true when blocking; without blocking, whether a
     *     receiver was already waiting for it
     */
    public boolean send(QueueItem item, boolean block, long timeoutNanos) throws InterruptedException {
        lock.lockInterruptibly();
        try {
            if (state != State.OPEN || !ends.associate(item.owner(), true)) {
                throw closed("is closed");
            }
            boolean receiverWaiting = waitingReceivers > items.size();
            Pending pending = new Pending(item);
            items.addLast(pending);
            changed.signalAll();
            if (!block) {
                return receiverWaiting;
            }
            long left = timeoutNanos;
            while (!pending.received) {
                if (pending.dropped) {
                    throw closed("has closed");
                }
                if (timeoutNanos >= 0 && left <= 0) {
                    items.remove(pending);
                    throw new ChannelFailure(ChannelFailure.Kind.TIMEOUT, "timed out");
                }
                left = await(timeoutNanos, left);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Takes the oldest item for interpreter {@code interp}, waiting while there is none. */
    public QueueItem recv(long interp, long timeoutNanos) throws InterruptedException {
        lock.lockInterruptibly();
        try {
            if (state == State.CLOSED || !ends.associate(interp, false)) {
                throw closed("is closed");
            }
            long left = timeoutNanos;
            waitingReceivers++;
            try {
                while (items.isEmpty()) {
                    if (state != State.OPEN) {
                        // A closing channel closes once drained; a receiver then sees it closed.
                        state = State.CLOSED;
                        throw closed("is closed");
                    }
                    if (timeoutNanos == 0) {
                        throw new ChannelFailure(ChannelFailure.Kind.EMPTY, "channel " + id + " is empty");
                    }
                    if (timeoutNanos > 0 && left <= 0) {
                        throw new ChannelFailure(ChannelFailure.Kind.TIMEOUT, "timed out");
                    }
                    left = await(timeoutNanos, left);
                }
            } finally {
                waitingReceivers--;
            }
            Pending pending = items.removeFirst();
            pending.received = true;
            if (state == State.CLOSING && items.isEmpty()) {
                state = State.CLOSED;
            }
            changed.signalAll();
            return pending.item;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Closes the channel for every interpreter. Empty, or with {@code force}: closed at once (items dropped,
     * blocked senders fail). Otherwise closing the send end alone lets the items drain first, and anything
     * else is refused with NOT_EMPTY.
     */
    public void close(boolean send, boolean recv, boolean force) {
        lock.lock();
        try {
            if (state == State.CLOSED) {
                throw closed("is closed");
            }
            if (items.isEmpty() || force) {
                closeNow();
            } else if (recv || !send) {
                throw new ChannelFailure(ChannelFailure.Kind.NOT_EMPTY,
                        "channel " + id + " may not be closed if not empty (try force=True)");
            } else {
                state = State.CLOSING;
                changed.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Interpreter {@code interp} gives up the given ends; the channel closes when no open end is left. */
    public void release(long interp, boolean send, boolean recv) {
        lock.lock();
        try {
            ends.release(interp, send, recv);
            if (state != State.CLOSED && !ends.isOpen()) {
                closeNow();
            }
        } finally {
            lock.unlock();
        }
    }

    public ChannelInfo info() {
        lock.lock();
        try {
            int[] c = ends.counts();
            return new ChannelInfo(state == State.OPEN, state == State.CLOSING, state == State.CLOSED,
                    state == State.CLOSED ? 0 : items.size(), c[0], c[1], c[2], c[3]);
        } finally {
            lock.unlock();
        }
    }

    /** The interpreters with an open send (or receive) end. */
    public List<Long> interpreters(boolean send) {
        lock.lock();
        try {
            return ends.interpreters(send);
        } finally {
            lock.unlock();
        }
    }

    /** Applies the unbound policy to the items {@code owner} sent, and releases its ends. */
    void ownerDestroyed(long owner) {
        lock.lock();
        try {
            for (Iterator<Pending> it = items.iterator(); it.hasNext(); ) {
                Pending pending = it.next();
                QueueItem after = pending.item.afterOwnerDestroyed(owner);
                if (after == null) {
                    it.remove();
                } else {
                    pending.item = after;
                }
            }
            release(owner, true, true);
        } finally {
            lock.unlock();
        }
    }

    /** Destroyed: closed at once whatever its state, so nobody stays blocked on it. */
    void destroy() {
        lock.lock();
        try {
            closeNow();
        } finally {
            lock.unlock();
        }
    }

    private void closeNow() {
        state = State.CLOSED;
        for (Pending pending : items) {
            pending.dropped = true;
        }
        items.clear();
        changed.signalAll();
    }

    private long await(long timeoutNanos, long left) throws InterruptedException {
        if (timeoutNanos < 0) {
            changed.await();
            return left;
        }
        return changed.awaitNanos(left);
    }

    private ChannelFailure closed(String what) {
        return new ChannelFailure(ChannelFailure.Kind.CLOSED, "channel " + id + " " + what);
    }
}
