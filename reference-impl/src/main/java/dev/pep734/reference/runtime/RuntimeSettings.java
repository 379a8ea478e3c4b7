package dev.pep734.reference.runtime;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What every context of one runtime shares: the standard streams and the working directory.
 *
 * @param workingDirectory the process-like current directory, or empty for the JVM's
 */
record RuntimeSettings(OutputStream stdout, OutputStream stderr, InputStream stdin, Optional<Path> workingDirectory) {
}
