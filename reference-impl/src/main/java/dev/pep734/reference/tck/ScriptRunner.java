package dev.pep734.reference.tck;

import dev.pep734.reference.runtime.RunOutcome;
import dev.pep734.tck.spi.ScriptRun;
import java.io.OutputStream;

/**
 * How a session gets one script run: prepared first (the runtime is built), then run, and closable from any
 * thread meanwhile. A seam so that the session's watchdog can be tested against runtimes that misbehave.
 */
@FunctionalInterface
interface ScriptRunner {

    /** Builds what will run the script; nothing of the script runs yet. */
    Prepared prepare(ScriptRun request, OutputStream stdout, OutputStream stderr);

    /** A run that is ready to start. */
    interface Prepared extends AutoCloseable {

        /** Runs the script to its end and says how it ended; a Python failure is an outcome, not an exception. */
        RunOutcome run();

        /** Stops the script if it runs and releases everything; from any thread, more than once. */
        @Override
        void close();
    }
}
