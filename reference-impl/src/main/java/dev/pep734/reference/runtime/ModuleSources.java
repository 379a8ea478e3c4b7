package dev.pep734.reference.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Our Python modules, read once from the class path and served to every context by the
 * {@code sys.meta_path} finder of {@code _pep734_boot.py}. Only names listed here are served, so a guest
 * cannot read arbitrary resources through the finder.
 */
final class ModuleSources {
    private static final String ROOT = "/dev/pep734/reference/modules/";

    /** Served module name to whether it is a package. */
    private static final Map<String, Boolean> SERVED = Map.ofEntries(
            Map.entry("_pep734_run", false),
            Map.entry("_pep734_xi", false),
            Map.entry("_pep734_mem", false),
            Map.entry("_interpreters", false),
            Map.entry("_interpqueues", false),
            Map.entry("concurrent.interpreters", true),
            Map.entry("concurrent.interpreters._queues", false),
            Map.entry("concurrent.interpreters._crossinterp", false),
            Map.entry("concurrent.futures.interpreter", false));

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private ModuleSources() {
    }

    /** "package", "module", or empty when the name is not ours. */
    static Optional<String> kind(String name) {
        Boolean pkg = SERVED.get(name);
        return pkg == null ? Optional.empty() : Optional.of(pkg ? "package" : "module");
    }

    static Optional<String> source(String name) {
        Boolean pkg = SERVED.get(name);
        if (pkg == null) {
            return Optional.empty();
        }
        String path = name.replace('.', '/') + (pkg ? "/__init__.py" : ".py");
        return Optional.of(CACHE.computeIfAbsent(path, ModuleSources::read));
    }

    /** The bootstrap that installs the finder; not importable itself. */
    static String bootstrap() {
        return CACHE.computeIfAbsent("_pep734_boot.py", ModuleSources::read);
    }

    private static String read(String path) {
        try (InputStream in = ModuleSources.class.getResourceAsStream(ROOT + path)) {
            if (in == null) {
                throw new IllegalStateException("missing module resource " + ROOT + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
