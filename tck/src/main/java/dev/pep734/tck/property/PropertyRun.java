package dev.pep734.tck.property;

import dev.pep734.tck.spi.RunResult;
import java.nio.file.Path;

/**
 * How one property is run.
 *
 * @param seed the run's seed; each property derives its own random stream from it and its name
 * @param tries how many cases to generate (the edge cases count towards it)
 * @param directory where the property writes its scripts and its reproducer
 * @param executor runs one script file through the implementation under test
 * @param replay the command that replays this run (seed and tries included), for failure messages
 */
public record PropertyRun(long seed, int tries, Path directory, ScriptExecutor executor, String replay) {

    /** Runs one script of the property through the implementation. */
    @FunctionalInterface
    public interface ScriptExecutor {

        /**
         * @param script a file written by the property
         * @return the run's result; the property reads its standard output
         */
        RunResult run(Path script);
    }
}
