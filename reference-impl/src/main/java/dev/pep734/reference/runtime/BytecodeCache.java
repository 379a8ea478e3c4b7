package dev.pep734.reference.runtime;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where compiled modules are kept between JVMs. The stdlib modules that GraalPy does not freeze (threading, pickle,
 * struct, ...) are otherwise parsed and compiled from source by every new JVM, and, when each context had an Engine
 * of its own, by every interpreter (parsing was about a third of the reference TCK's CPU samples then). With a
 * {@code .pyc} cache they are compiled once per build. On the shared Engine it still pays: a context with
 * {@code pickle}, {@code re} and {@code threading} imported was built in 178 ms with the cache against 225 ms
 * without (one run each, same machine).
 *
 * <p>The cache is a mirror tree under GraalPy's resource cache (the launcher's and the build's
 * {@code target/graalpy-cache}), like CPython's {@code PYTHONPYCACHEPREFIX}: no {@code __pycache__} is ever
 * written into a source tree. Without a configured resource cache (an embedding that did not choose one),
 * nothing is written, as before.
 */
final class BytecodeCache {
    /** The system property GraalPy reads its resource cache directory from. */
    static final String RESOURCE_CACHE_PROPERTY = "polyglot.engine.userResourceCache";

    private BytecodeCache() {
    }

    /** The context options that turn the cache on, or none. */
    static Map<String, String> options() {
        return directory(System.getProperty(RESOURCE_CACHE_PROPERTY))
                .map(dir -> Map.of("python.DontWriteBytecodeFlag", "false", "python.PyCachePrefix", dir.toString()))
                .orElse(Map.of());
    }

    /** The mirror tree's root for a resource cache directory (blank or absent: no cache). */
    static Optional<Path> directory(String resourceCache) {
        if (resourceCache == null || resourceCache.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Path.of(resourceCache).toAbsolutePath().resolve("pycache"));
    }
}
