package dev.pep734.reference.runtime;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What every context of one runtime shares: the standard streams, the working directory and the API
 * generation its module finder serves.
 *
 * @param workingDirectory the process-like current directory, or empty for the JVM's
 * @param generation the modules every interpreter of the runtime sees
 */
record RuntimeSettings(OutputStream stdout, OutputStream stderr, InputStream stdin, Optional<Path> workingDirectory,
                       ApiGeneration generation) {

    RuntimeSettings {
        Objects.requireNonNull(generation);
    }

    /** Settings of a runtime that serves {@code concurrent.interpreters} (3.14). */
    RuntimeSettings(OutputStream stdout, OutputStream stderr, InputStream stdin, Optional<Path> workingDirectory) {
        this(stdout, stderr, stdin, workingDirectory, ApiGeneration.PEP734);
    }
}
