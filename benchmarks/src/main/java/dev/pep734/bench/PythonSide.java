package dev.pep734.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * One implementation the benchmark runs scripts on. Each {@link #run} is a fresh program (a new process, or a
 * new {@code PythonRuntime}), so one script's state never changes another's numbers.
 */
interface PythonSide extends AutoCloseable {

    /** Short name used in tables and JSON: {@code cpython} or {@code reference}. */
    String name();

    /** What exactly ran, for the report: version and executable or runtime. */
    String describe();

    /**
     * Runs {@code script} with {@code arguments}. When the script prints a {@code @@probe} line it waits; the side
     * measures memory then (see {@link ProbeReading}) and lets it go on.
     */
    ScriptResult run(Path script, List<String> arguments) throws Exception;

    @Override
    void close();
}
