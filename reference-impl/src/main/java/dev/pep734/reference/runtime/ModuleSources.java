package dev.pep734.reference.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Our Python modules, read once from the class path and served to every context by the
 * {@code sys.meta_path} finder of {@code _pep734_boot.py}. Only names listed here are served, so a guest
 * cannot read arbitrary resources through the finder. Each {@link ApiGeneration} sees its own set: the
 * 3.14 modules live at the root, the older generations' own modules under their directory (where
 * {@code _interpreters-lowlevel/_interpreters.py} replaces the 3.14 {@code _interpreters}).
 */
final class ModuleSources {
    private static final String ROOT = "/dev/pep734/reference/modules/";

    private static final Set<ApiGeneration> ALL = EnumSet.allOf(ApiGeneration.class);
    /** The generations built on the 3.14 low-level modules. */
    private static final Set<ApiGeneration> MODERN = EnumSet.complementOf(EnumSet.of(ApiGeneration.LOWLEVEL));

    /** One served module: its name, whether it is a package, and the generations that see it. */
    private record Served(String name, boolean pkg, Set<ApiGeneration> generations) {
    }

    private static final List<Served> SERVED = List.of(
            new Served("_pep734_run", false, ALL),
            new Served("_pep734_exit", false, ALL),
            new Served("_pep734_xi", false, ALL),
            new Served("_pep734_mem", false, ALL),
            new Served("_pep734_fds", false, ALL),
            new Served("_interpqueues", false, ALL),
            new Served("_interpchannels", false, ALL),
            new Served("_interpreters", false, ALL),
            new Served("concurrent.interpreters", true, MODERN),
            new Served("concurrent.interpreters._queues", false, MODERN),
            new Served("concurrent.interpreters._crossinterp", false, MODERN),
            new Served("concurrent.futures.interpreter", false, MODERN),
            new Served("interpreters", true, EnumSet.of(ApiGeneration.DRAFT)),
            new Served("interpreters.queues", false, EnumSet.of(ApiGeneration.DRAFT)),
            new Served("interpreters.channels", false, EnumSet.of(ApiGeneration.DRAFT)),
            new Served("test.support.interpreters", false, EnumSet.of(ApiGeneration.SUPPORT_39)));

    /** Per generation: served module name to whether it is a package. */
    private static final Map<ApiGeneration, Map<String, Boolean>> BY_GENERATION = byGeneration();

    /** Modules a generation replaces with a file of its own directory (the rest come from the root). */
    private static final Map<ApiGeneration, Set<String>> OWN = Map.of(
            ApiGeneration.LOWLEVEL, Set.of("_interpreters"),
            ApiGeneration.DRAFT, Set.of("interpreters", "interpreters.queues", "interpreters.channels"),
            ApiGeneration.SUPPORT_39, Set.of("test.support.interpreters"));

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private ModuleSources() {
    }

    private static Map<ApiGeneration, Map<String, Boolean>> byGeneration() {
        Map<ApiGeneration, Map<String, Boolean>> map = new EnumMap<>(ApiGeneration.class);
        for (ApiGeneration generation : ApiGeneration.values()) {
            Map<String, Boolean> names = new HashMap<>();
            SERVED.stream().filter(s -> s.generations().contains(generation)).forEach(s -> names.put(s.name(), s.pkg()));
            map.put(generation, Map.copyOf(names));
        }
        return map;
    }

    /** "package", "module", or empty when the name is not ours in this generation. */
    static Optional<String> kind(ApiGeneration generation, String name) {
        Boolean pkg = BY_GENERATION.get(generation).get(name);
        return pkg == null ? Optional.empty() : Optional.of(pkg ? "package" : "module");
    }

    static Optional<String> source(ApiGeneration generation, String name) {
        return path(generation, name).map(ModuleSources::sourceAt);
    }

    /**
     * Where the module's source is among the resources, or empty when the name is not ours in this generation.
     * Generations that share a module share its path, so anything kept per path is kept once.
     */
    static Optional<String> path(ApiGeneration generation, String name) {
        Boolean pkg = BY_GENERATION.get(generation).get(name);
        if (pkg == null) {
            return Optional.empty();
        }
        String dir = OWN.getOrDefault(generation, Set.of()).contains(name) ? generation.resourceDirectory() : "";
        return Optional.of(dir + name.replace('.', '/') + (pkg ? "/__init__.py" : ".py"));
    }

    /** The names a generation's finder serves. */
    static Set<String> names(ApiGeneration generation) {
        return BY_GENERATION.get(generation).keySet();
    }

    /** The file name compiled code of a module carries: the same as the finder's {@code spec.origin}. */
    static String origin(String name) {
        return "<pep734 " + name + ">";
    }

    static String sourceAt(String path) {
        return CACHE.computeIfAbsent(path, ModuleSources::read);
    }

    /** "package", "module", or empty: the 3.14 generation's modules. */
    static Optional<String> kind(String name) {
        return kind(ApiGeneration.PEP734, name);
    }

    static Optional<String> source(String name) {
        return source(ApiGeneration.PEP734, name);
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
