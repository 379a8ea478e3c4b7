package dev.pep734.reference.xi;

/**
 * One queued value with the interpreter that put it and what to do if that interpreter is destroyed
 * first. An unbound item keeps its place in the queue but has lost its value.
 *
 * @param value the data, or null once unbound
 * @param owner id of the interpreter that put the item
 * @param policy applied when the owner is destroyed
 */
public record QueueItem(XiValue value, long owner, UnboundPolicy policy) {
    public boolean isUnbound() {
        return value == null;
    }

    QueueItem unbound() {
        return new QueueItem(null, owner, policy);
    }

    /**
     * This item once interpreter {@code destroyed} is gone: itself when another interpreter put it (or it is
     * already unbound), null when its policy removes it, else its unbound stand-in. Queues and channels share it.
     */
    QueueItem afterOwnerDestroyed(long destroyed) {
        if (owner != destroyed || isUnbound()) {
            return this;
        }
        return policy == UnboundPolicy.REMOVE ? null : unbound();
    }
}
