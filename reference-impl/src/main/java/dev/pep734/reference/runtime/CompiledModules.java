package dev.pep734.reference.runtime;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;

/**
 * Our modules' compiled code, marshalled once per JVM and loaded by every later context. Measured when every
 * context had an Engine of its own (nothing parsed in one was reused by the next): importing our modules in a new
 * subinterpreter took 76-78 ms of thread CPU this way against 86-88 ms compiling each from source. On the shared
 * Engine it no longer shows: alternating benchmark runs with and without it gave the same {@code create()} medians
 * (after a pause 22.1/23.6 against 21.9/19.2 ms, 2026-12-07), so it is a candidate for removal.
 *
 * <p>The code is compiled only in a context no guest code has run in yet ({@link ContextFactory#blank}), never on a
 * guest's request: a guest that replaced {@code compile} or {@code marshal} in its own interpreter must not be able
 * to hand its code to the others. Guests can only read it ({@link HostBridge#moduleCode}).
 */
final class CompiledModules {
    /** Resource path to marshalled code, as a Latin-1 string (one char per byte: a cheap way across). */
    private static final Map<String, String> BY_PATH = new ConcurrentHashMap<>();
    private static final Set<ApiGeneration> PREPARED = ConcurrentHashMap.newKeySet();

    private static final String COMPILER = "lambda source, origin: __import__('marshal').dumps("
            + "compile(source, origin, 'exec', dont_inherit=True)).decode('latin-1')";

    private CompiledModules() {
    }

    /**
     * Compiles the generation's modules in {@code pristine}, once per JVM. A module that does not compile is
     * left out: its import then compiles the source and raises the SyntaxError where the user sees it.
     */
    static void prepare(ApiGeneration generation, Context pristine) {
        if (PREPARED.contains(generation)) {
            return;
        }
        Value compiler = pristine.eval("python", COMPILER);
        for (String name : ModuleSources.names(generation)) {
            String path = ModuleSources.path(generation, name).orElseThrow();
            if (!BY_PATH.containsKey(path)) {
                try {
                    BY_PATH.putIfAbsent(path,
                            compiler.execute(ModuleSources.sourceAt(path), ModuleSources.origin(name)).asString());
                } catch (PolyglotException e) {
                    // left to the import, as said above
                }
            }
        }
        PREPARED.add(generation);
    }

    /** The marshalled code of one of the generation's modules, or empty (not ours, or not compiled ahead). */
    static Optional<String> code(ApiGeneration generation, String name) {
        return ModuleSources.path(generation, name).map(BY_PATH::get);
    }
}
