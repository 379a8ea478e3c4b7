package dev.pep734.tck.spi;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * One script to run, as {@code python SCRIPT ARGS...} would run it.
 *
 * @param script a real file, run as {@code __main__} ({@code __file__} and {@code sys.argv[0]} name it;
 *     CPython re-runs this file inside subinterpreters to unpickle {@code __main__} functions)
 * @param workingDirectory the current directory for the run
 * @param arguments {@code sys.argv[1:]}
 * @param timeout how long the script may take; the implementation should stop it then and report
 *     {@link Outcome#TIMED_OUT} (the TCK also enforces it, a little later, by closing the session)
 */
public record ScriptRun(Path script, Path workingDirectory, List<String> arguments, Duration timeout) {

    public ScriptRun {
        arguments = List.copyOf(arguments);
    }

    /** A run with no arguments in the script's own directory. */
    public static ScriptRun of(Path script, Duration timeout) {
        Path dir = script.toAbsolutePath().getParent();
        return new ScriptRun(script, dir, List.of(), timeout);
    }
}
