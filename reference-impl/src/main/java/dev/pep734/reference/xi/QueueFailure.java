package dev.pep734.reference.xi;

/** A queue operation that failed in a way the caller reports to Python with the given kind and message. */
public final class QueueFailure extends RuntimeException {
    /** The Python-visible reason. */
    public enum Kind { EMPTY, FULL, NOT_FOUND, OTHER }

    private final Kind kind;

    QueueFailure(Kind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
