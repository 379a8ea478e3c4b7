package dev.pep734.reference.xi;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A FIFO shared by every interpreter of a runtime. Blocking calls wait on a {@link Condition} and wake as
 * soon as the other side acts (CPython polls with 10 ms sleeps; we do not need to).
 */
public final class XiQueue {
    private final long id;
    private final long maxsize;
    private final UnboundPolicy defaultPolicy;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notEmpty = lock.newCondition();
    private final Condition notFull = lock.newCondition();
    private final Deque<QueueItem> items = new ArrayDeque<>();

    XiQueue(long id, long maxsize, UnboundPolicy defaultPolicy) {
        this.id = id;
        this.maxsize = maxsize;
        this.defaultPolicy = defaultPolicy;
    }

    public long id() {
        return id;
    }

    /** As given at creation; zero or negative means unbounded. */
    public long maxsize() {
        return maxsize;
    }

    public UnboundPolicy defaultPolicy() {
        return defaultPolicy;
    }

    /**
     * Appends an item, waiting while the queue is full.
     *
     * @param timeoutNanos how long to wait: negative waits forever, 0 does not wait
     */
    public void put(QueueItem item, long timeoutNanos) throws InterruptedException {
        lock.lockInterruptibly();
        try {
            long left = timeoutNanos;
            while (isFullLocked()) {
                if (timeoutNanos == 0 || (timeoutNanos > 0 && left <= 0)) {
                    throw new QueueFailure(QueueFailure.Kind.FULL, "queue " + id + " is full");
                }
                if (timeoutNanos < 0) {
                    notFull.await();
                } else {
                    left = notFull.awaitNanos(left);
                }
            }
            items.addLast(item);
            notEmpty.signal();
        } finally {
            lock.unlock();
        }
    }

    /** Takes the oldest item, waiting while the queue is empty; same timeout rules as {@link #put}. */
    public QueueItem get(long timeoutNanos) throws InterruptedException {
        lock.lockInterruptibly();
        try {
            long left = timeoutNanos;
            while (items.isEmpty()) {
                if (timeoutNanos == 0 || (timeoutNanos > 0 && left <= 0)) {
                    throw new QueueFailure(QueueFailure.Kind.EMPTY, "queue " + id + " is empty");
                }
                if (timeoutNanos < 0) {
                    notEmpty.await();
                } else {
                    left = notEmpty.awaitNanos(left);
                }
            }
            QueueItem item = items.removeFirst();
            notFull.signal();
            return item;
        } finally {
            lock.unlock();
        }
    }

    public int size() {
        lock.lock();
        try {
            return items.size();
        } finally {
            lock.unlock();
        }
    }

    public boolean isFull() {
        lock.lock();
        try {
            return isFullLocked();
        } finally {
            lock.unlock();
        }
    }

    private boolean isFullLocked() {
        return maxsize > 0 && items.size() >= maxsize;
    }

    /** Applies each item's unbound policy to the items {@code owner} put. */
    void ownerDestroyed(long owner) {
        lock.lock();
        try {
            int before = items.size();
            Deque<QueueItem> kept = new ArrayDeque<>(before);
            for (QueueItem item : items) {
                QueueItem after = item.afterOwnerDestroyed(owner);
                if (after != null) {
                    kept.addLast(after);
                }
            }
            items.clear();
            items.addAll(kept);
            if (items.size() < before) {
                notFull.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    static long nanos(long seconds) {
        return seconds < 0 ? -1 : TimeUnit.SECONDS.toNanos(seconds);
    }
}
