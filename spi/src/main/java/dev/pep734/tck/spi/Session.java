package dev.pep734.tck.spi;

/**
 * Runs Python scripts. Each {@link #run} executes one script as {@code __main__} in a <em>fresh</em> main
 * interpreter: no state (modules, subinterpreters, queues) may leak from one run to the next.
 *
 * <p>A session is used by one thread at a time. The TCK enforces its own timeout around {@link #run}:
 * when that expires it calls {@link #close()} from another thread, which must stop the running script.
 */
public interface Session extends AutoCloseable {

    /**
     * Runs one script and reports what happened. Failures of the script are results, not exceptions.
     *
     * @param request the script file, its working directory, arguments and time budget
     * @return the outcome, with everything the script printed
     */
    RunResult run(ScriptRun request);

    /** Whether this session can run another script (false after a crash or a forced close). */
    boolean isUsable();

    /** Stops any running script and releases the session. Safe to call from any thread, and more than once. */
    @Override
    void close();
}
