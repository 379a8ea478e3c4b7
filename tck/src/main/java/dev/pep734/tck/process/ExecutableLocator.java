package dev.pep734.tck.process;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the file a {@code pep734.tck.python} value names, the way a person typing it would mean it.
 *
 * <ul>
 *   <li>an absolute path is taken as it is;</li>
 *   <li>a relative path is tried against the working directory and then each of its parents: Maven runs a
 *       module's tests in the module directory, while people write paths from the project root
 *       ({@code -Dpep734.tck.python=reference-impl/target/bin/python3});</li>
 *   <li>a bare name ({@code pypy3}) is also looked up on the {@code PATH}.</li>
 * </ul>
 */
final class ExecutableLocator {

    private ExecutableLocator() {
    }

    /** The candidates, in the order they are tried. */
    static List<Path> candidates(String value, Path workingDirectory, String pathVariable) {
        List<Path> out = new ArrayList<>();
        Path given;
        try {
            given = Path.of(value);
        } catch (InvalidPathException e) {
            return out;
        }
        if (given.isAbsolute()) {
            out.add(given.normalize());
            return out;
        }
        for (Path dir = workingDirectory.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            out.add(dir.resolve(given).normalize());
        }
        if (!value.contains("/") && pathVariable != null) {
            for (String entry : pathVariable.split(File.pathSeparator)) {
                if (!entry.isBlank()) {
                    out.add(Path.of(entry).resolve(value).toAbsolutePath().normalize());
                }
            }
        }
        return out;
    }

    /** The first candidate that is an executable file. */
    static Optional<Path> find(String value, Path workingDirectory, String pathVariable) {
        return candidates(value, workingDirectory, pathVariable).stream()
                .filter(p -> Files.isRegularFile(p) && Files.isExecutable(p))
                .findFirst();
    }
}
