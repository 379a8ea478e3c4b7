package dev.pep734.reference.runtime;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What every context of one runtime shares: the standard streams, the working directory, the API generation its
 * module finder serves, and the interpreter options of {@code python}'s command line.
 *
 * @param workingDirectory the process-like current directory, or empty for the JVM's
 * @param generation the modules every interpreter of the runtime sees
 * @param xoptions {@code -X} options as typed ({@code name} or {@code name=value}): {@code sys._xoptions} of
 *     every interpreter
 * @param safePath like {@code python -P}: nothing is put first on {@code sys.path} for the program
 */
record RuntimeSettings(OutputStream stdout, OutputStream stderr, InputStream stdin, Optional<Path> workingDirectory,
                       ApiGeneration generation, List<String> xoptions, boolean safePath) {

    RuntimeSettings {
        Objects.requireNonNull(generation);
        xoptions = List.copyOf(xoptions);
    }

    /** Settings of a runtime that serves {@code concurrent.interpreters} (3.14), with no interpreter options. */
    RuntimeSettings(OutputStream stdout, OutputStream stderr, InputStream stdin, Optional<Path> workingDirectory) {
        this(stdout, stderr, stdin, workingDirectory, ApiGeneration.PEP734, List.of(), false);
    }

    /** The directory relative paths of the program are resolved against. */
    Path currentDirectory() {
        return workingDirectory.orElseGet(() -> Path.of("")).toAbsolutePath();
    }
}
