package dev.pep734.tck.spi;

/**
 * A Python runtime that the TCK can certify. Registered in
 * {@code META-INF/services/dev.pep734.tck.spi.PythonImplementation}.
 *
 * <p>Implementations must have a public no-argument constructor and must do no expensive work in it:
 * the TCK instantiates every provider on the class path to list the known ids.
 */
public interface PythonImplementation {

    /** Stable id used to choose this implementation, e.g. {@code "reference"} or {@code "cpython"}. */
    String id();

    /**
     * Prepares the runtime for a run of the TCK: finds or unpacks executables, starts shared machinery.
     * Called once per run, before any session is opened.
     *
     * @param context configuration and a work directory the implementation may write to
     * @return the started runtime; closed by the TCK at the end of the run
     * @throws ImplementationException when the runtime cannot be started; the message says what to fix
     */
    StartedImplementation start(ImplementationContext context) throws ImplementationException;
}
