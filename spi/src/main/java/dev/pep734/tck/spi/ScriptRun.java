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
 * @param profile the spec profile the script tests (e.g. {@code "interpreters-draft"}), or {@code ""} when it
 *     tests none; an implementation that serves several API generations under the same module names picks
 *     the generation from it (the process adapter passes it as {@code PEP734_PROFILE})
 */
public record ScriptRun(Path script, Path workingDirectory, List<String> arguments, Duration timeout,
                        String profile) {

    public ScriptRun {
        arguments = List.copyOf(arguments);
        profile = profile == null ? "" : profile;
    }

    /** A run that tests no particular profile. */
    public ScriptRun(Path script, Path workingDirectory, List<String> arguments, Duration timeout) {
        this(script, workingDirectory, arguments, timeout, "");
    }

    /** The same run, testing {@code profile}. */
    public ScriptRun forProfile(String profile) {
        return new ScriptRun(script, workingDirectory, arguments, timeout, profile);
    }

    /** A run with no arguments in the script's own directory. */
    public static ScriptRun of(Path script, Duration timeout) {
        Path dir = script.toAbsolutePath().getParent();
        return new ScriptRun(script, dir, List.of(), timeout);
    }
}
