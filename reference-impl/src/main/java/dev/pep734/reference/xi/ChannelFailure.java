package dev.pep734.reference.xi;

/** A channel operation that failed in a way the caller reports to Python with the given kind and message. */
public final class ChannelFailure extends RuntimeException {
    /** The Python-visible reason (CPython's _interpchannels exceptions, plus TimeoutError). */
    public enum Kind { NOT_FOUND, CLOSED, EMPTY, NOT_EMPTY, TIMEOUT }

    private final Kind kind;

    ChannelFailure(Kind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
