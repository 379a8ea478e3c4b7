package dev.pep734.tck.spi;

/** An implementation cannot start or open a session. The message tells the user what to fix. */
public class ImplementationException extends Exception {

    private static final long serialVersionUID = 1L;

    public ImplementationException(String message) {
        super(message);
    }

    public ImplementationException(String message, Throwable cause) {
        super(message, cause);
    }
}
