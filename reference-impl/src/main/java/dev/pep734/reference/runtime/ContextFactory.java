package dev.pep734.reference.runtime;

import java.util.List;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.EnvironmentAccess;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotAccess;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.io.IOAccess;

/**
 * Builds the GraalPy context of one interpreter, each with its OWN {@link Engine}: on a shared engine only
 * the first context that starts a thread gets GIL time-slicing, and same code run in two contexts at once
 * slows both (graalpy-notes.md, "Read this first"). Costs ~130 ms per context, measured.
 */
final class ContextFactory {
    /**
     * Least privilege: guest code sees only methods annotated {@link HostAccess.Export} on our own host
     * objects, plus the content of the ByteBuffers we hand out as shared memory. No class lookup, no other
     * languages, no native access.
     */
    static final HostAccess HOST_ACCESS = HostAccess.newBuilder()
            .allowAccessAnnotatedBy(HostAccess.Export.class)
            .allowBufferAccess(true)
            .build();

    private final RuntimeSettings settings;

    ContextFactory(RuntimeSettings settings) {
        this.settings = settings;
    }

    /** The API generation the contexts of this factory serve. */
    ApiGeneration generation() {
        return settings.generation();
    }

    /** A started context whose finder serves our modules and whose {@code sys.argv} is {@code argv}. */
    Built create(HostBridge bridge, List<String> argv) {
        Engine engine = Engine.newBuilder("python")
                .option("engine.WarnInterpreterOnly", "false")
                .out(settings.stdout()).err(settings.stderr())
                .build();
        Context.Builder builder = Context.newBuilder("python")
                .engine(engine)
                .allowHostAccess(HOST_ACCESS)
                .allowHostClassLookup(name -> false)
                .allowPolyglotAccess(PolyglotAccess.NONE)
                .allowNativeAccess(false)
                .allowCreateThread(true)
                .allowCreateProcess(true)
                .allowIO(IOAccess.ALL)
                .allowEnvironmentAccess(EnvironmentAccess.INHERIT)
                // Like `python`: site runs (exit/quit/help builtins, site-packages); embedded GraalPy skips it.
                .option("python.ForceImportSite", "true")
                .out(settings.stdout()).err(settings.stderr()).in(settings.stdin())
                .arguments("python", argv.toArray(String[]::new));
        settings.workingDirectory().ifPresent(dir -> builder.currentWorkingDirectory(dir.toAbsolutePath()));
        Context context = builder.build();
        try {
            Value builtins = context.eval("python", "__import__('builtins')");
            Value namespace = builtins.getMember("dict").execute();
            namespace.putHashEntry("host", bridge);
            builtins.getMember("exec").execute(ModuleSources.bootstrap(), namespace);
            return new Built(engine, context);
        } catch (RuntimeException e) {
            context.close(true);
            engine.close(true);
            throw e;
        }
    }

    /** The pair closed together when the interpreter is destroyed. */
    record Built(Engine engine, Context context) {
        void close(boolean cancel) {
            try {
                context.close(cancel);
            } finally {
                engine.close(true);
            }
        }
    }
}
