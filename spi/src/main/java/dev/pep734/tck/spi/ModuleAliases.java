package dev.pep734.tck.spi;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Module names the kit maps for one run ({@value #KEY}): a runtime may ship an API generation under another name
 * than its document uses. CPython 3.13 ships the PEP 734 draft's {@code interpreters} package as
 * {@code test.support.interpreters}; a backport package has a name of its own. Scripts are never edited: the
 * alias is installed in every interpreter the script creates, so {@code import interpreters.queues} in a
 * subinterpreter finds {@code test.support.interpreters.queues}.
 *
 * <p>Format: comma-separated {@code alias=target} pairs of dotted module names, e.g.
 * {@code interpreters=test.support.interpreters}. An alias covers its submodules too ({@code interpreters.X}
 * is {@code test.support.interpreters.X}). The imported module is the target itself: same object, same
 * {@code __name__}.
 *
 * <p>How it is installed: {@link #writeSiteDirectory(Path)} writes a {@code sitecustomize.py} that puts a
 * finder first on {@code sys.meta_path}. Every CPython interpreter, subinterpreters included, imports
 * {@code sitecustomize} from {@code sys.path} when it starts (unless started with {@code -S} or {@code -I}), so a
 * process-based implementation puts that directory first on {@code PYTHONPATH}; an in-process implementation
 * runs {@link #pythonSource()} in each interpreter it creates, before any script code. A {@code sitecustomize}
 * the runtime already had still runs, after the finder is installed.
 *
 * @param aliases alias to target, in the order given
 */
public record ModuleAliases(Map<String, String> aliases) {

    /** The configuration key. */
    public static final String KEY = "pep734.tck.modules";

    /** No aliases. */
    public static final ModuleAliases NONE = new ModuleAliases(Map.of());

    private static final Pattern MODULE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");

    public ModuleAliases {
        aliases.forEach((alias, target) -> {
            if (!MODULE.matcher(alias).matches() || !MODULE.matcher(target).matches()) {
                throw new IllegalArgumentException(KEY + ": '" + alias + "=" + target
                        + "' is not alias=target with two dotted module names");
            }
        });
        aliases = Collections.unmodifiableMap(new LinkedHashMap<>(aliases));
    }

    /** The aliases of a run's configuration ({@value #KEY}), or {@link #NONE}. */
    public static ModuleAliases of(ImplementationContext context) {
        return context.get(KEY).map(ModuleAliases::parse).orElse(NONE);
    }

    /**
     * Reads {@code alias=target,alias=target}.
     *
     * @throws IllegalArgumentException naming the bad part: not a pair, not a dotted module name, an alias given
     *     twice, an alias equal to its target, or an alias inside another alias
     */
    public static ModuleAliases parse(String text) {
        Map<String, String> aliases = new LinkedHashMap<>();
        for (String part : text.split(",")) {
            String pair = part.strip();
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String alias = eq < 0 ? "" : pair.substring(0, eq).strip();
            String target = eq < 0 ? "" : pair.substring(eq + 1).strip();
            if (!MODULE.matcher(alias).matches() || !MODULE.matcher(target).matches()) {
                throw new IllegalArgumentException(KEY + ": '" + pair + "' is not alias=target with two dotted "
                        + "module names (e.g. interpreters=test.support.interpreters)");
            }
            if (alias.equals(target)) {
                throw new IllegalArgumentException(KEY + ": '" + pair + "' maps a module to itself");
            }
            if (aliases.put(alias, target) != null) {
                throw new IllegalArgumentException(KEY + ": the alias '" + alias + "' is given twice");
            }
        }
        for (String alias : aliases.keySet()) {
            for (String other : aliases.keySet()) {
                if (!alias.equals(other) && alias.startsWith(other + ".")) {
                    throw new IllegalArgumentException(KEY + ": '" + alias + "' lies inside the alias '" + other
                            + "', which already maps its submodules");
                }
            }
        }
        return new ModuleAliases(aliases);
    }

    public boolean isEmpty() {
        return aliases.isEmpty();
    }

    /** The Python code that installs the aliases in the interpreter that runs it (Python 3.7 or later). */
    public String pythonSource() {
        StringBuilder table = new StringBuilder("{");
        aliases.forEach((alias, target) -> table.append(pyString(alias)).append(": ").append(pyString(target))
                .append(", "));
        table.append('}');
        return template().replace("ALIASES = {}", "ALIASES = " + table);
    }

    /**
     * Writes {@code sitecustomize.py} with {@link #pythonSource()} into {@code directory} (created if needed), to
     * be put first on {@code PYTHONPATH}.
     *
     * @return the directory
     */
    public Path writeSiteDirectory(Path directory) throws IOException {
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("sitecustomize.py"), pythonSource(), StandardCharsets.UTF_8);
        return directory;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        aliases.forEach((alias, target) -> s.append(s.length() == 0 ? "" : ",").append(alias).append('=')
                .append(target));
        return s.toString();
    }

    private static String template() {
        try (InputStream in = ModuleAliases.class.getResourceAsStream("module_aliases.py")) {
            if (in == null) {
                throw new IllegalStateException("the kit's jar lacks dev/pep734/tck/spi/module_aliases.py");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read dev/pep734/tck/spi/module_aliases.py: " + e, e);
        }
    }

    /** Module names are ASCII identifiers and dots (checked by the constructor), so plain quotes suffice. */
    private static String pyString(String name) {
        return "'" + name + "'";
    }
}
