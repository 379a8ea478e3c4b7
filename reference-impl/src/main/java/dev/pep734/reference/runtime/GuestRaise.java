package dev.pep734.reference.runtime;

/**
 * A Python exception the host wants raised in the calling guest: {@code pyType} names a class the thin
 * Python modules know (see {@code _pep734_xi.ERRORS}). Host methods never let it escape as a Java
 * exception; {@link Reply} turns it into a failure reply.
 */
final class GuestRaise extends RuntimeException {
    private final String pyType;

    GuestRaise(String pyType, String message) {
        super(message, null, false, false);
        this.pyType = pyType;
    }

    String pyType() {
        return pyType;
    }

    static GuestRaise notFound(long id) {
        return new GuestRaise("InterpreterNotFoundError", "unrecognized interpreter ID " + id);
    }

    static GuestRaise typeError(String message) {
        return new GuestRaise("TypeError", message);
    }

    static GuestRaise valueError(String message) {
        return new GuestRaise("ValueError", message);
    }
}
