package dev.pep734.tck.spi;

/** A runtime prepared for one run of the TCK. Opens sessions; closing it releases everything it holds. */
public interface StartedImplementation extends AutoCloseable {

    /** What this runtime is and which profiles it claims; shown in reports and certificates. */
    ImplementationInfo info();

    /**
     * Opens a session. The TCK may run several scripts through one session, one after the other, and
     * replaces a session after a run that timed out or crashed.
     *
     * @throws ImplementationException when no session can be opened
     */
    Session openSession() throws ImplementationException;

    /** Releases the runtime. Must not throw for a runtime that is already broken. */
    @Override
    void close();
}
