package dev.pep734.tck.spi;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * What the TCK hands an implementation when it starts.
 *
 * @param configuration every {@code pep734.tck.*} setting of the run (system properties and JUnit
 *     configuration parameters), for example {@code pep734.tck.python}
 * @param workDirectory a directory under the build's {@code target/} that the implementation may use
 */
public record ImplementationContext(Map<String, String> configuration, Path workDirectory) {

    public ImplementationContext {
        configuration = Map.copyOf(configuration);
    }

    /** The value of one configuration key, if set and not blank. */
    public Optional<String> get(String key) {
        return Optional.ofNullable(configuration.get(key)).map(String::strip).filter(s -> !s.isEmpty());
    }
}
