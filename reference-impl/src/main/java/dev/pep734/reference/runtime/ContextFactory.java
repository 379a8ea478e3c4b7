package dev.pep734.reference.runtime;

import java.util.List;
import java.util.Optional;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.EnvironmentAccess;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotAccess;
import org.graalvm.polyglot.io.IOAccess;
import org.graalvm.polyglot.proxy.ProxyArray;

/**
 * Builds the GraalPy context of one interpreter. All contexts of the JVM share one {@link Engine}, so what GraalPy
 * parsed for one (the stdlib, our modules) serves them all; each context turns on its own GIL time-slicing
 * ({@link GilTimeSlicing}), which GraalPy does only for the first context of an Engine. Where that switch is not
 * found, or {@value #ENGINE_PROPERTY}{@code =own} asks for it, every context gets an Engine of its own instead
 * (docs/graalpy.md, "One Engine for all interpreters").
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

    /** System property: {@code shared} (the default) or {@code own}, an Engine per context. */
    static final String ENGINE_PROPERTY = "pep734.reference.engine";

    private final RuntimeSettings settings;

    ContextFactory(RuntimeSettings settings) {
        this.settings = settings;
    }

    /** The API generation the contexts of this factory serve. */
    ApiGeneration generation() {
        return settings.generation();
    }

    /**
     * A started context whose finder serves our modules and whose {@code sys.argv} is {@code argv}. The context
     * itself comes blank from the {@link ContextPool} (built ahead of time when the pool has one ready); what
     * belongs to this runtime is added here: its streams, argv, current directory and host bridge.
     */
    Built create(HostBridge bridge, List<String> argv, ContextPool.Role role) {
        Blank blank = ContextPool.shared().take(new ContextPool.Key(settings.generation(), role));
        if (role == ContextPool.Role.MAIN) {
            // A program's first create() then finds a subinterpreter's context ready too.
            ContextPool.shared().warm(new ContextPool.Key(settings.generation(), ContextPool.Role.SUB));
        }
        blank.streams().attach(settings);
        Context context = blank.context();
        try {
            new PrivateNamespace(context)
                    .put("argv", ProxyArray.fromList(List.<Object>copyOf(argv)))
                    .put("cwd", settings.workingDirectory().map(d -> d.toAbsolutePath().toString()).orElse(null))
                    .put("xoptions", ProxyArray.fromList(List.<Object>copyOf(settings.xoptions())))
                    .put("main", role == ContextPool.Role.MAIN)
                    .exec(PROCESS_STATE)
                    .put("host", bridge)
                    .exec(ModuleSources.bootstrap());
            return new Built(blank.engine(), context);
        } catch (RuntimeException e) {
            blank.close();
            throw e;
        }
    }

    /**
     * What {@code python} gets from its command line and process: set in a blank context before the bootstrap.
     * {@code sys._xoptions} as CPython fills it from {@code -X} ({@code name} → True, {@code name=value} → 'value'),
     * in every interpreter; {@code -X faulthandler} also enables faulthandler, in the main interpreter.
     */
    private static final String PROCESS_STATE = """
            import sys, os
            sys.argv = [str(a) for a in argv]
            if cwd is not None:
                os.chdir(cwd)
            sys._xoptions = {}
            for option in xoptions:
                name, eq, value = str(option).partition('=')
                sys._xoptions[name] = value if eq else True
            if main and 'faulthandler' in sys._xoptions:
                import faulthandler
                faulthandler.enable()
            """;

    /**
     * An initialised context that belongs to no runtime yet: its streams go nowhere until attached, its
     * {@code sys.argv} is {@code ['']} and its directory the JVM's. Built on any thread (the pool's filler, or
     * the creating thread when the pool is empty); the key does not change the build yet.
     */
    static Blank blank(ContextPool.Key key) {
        StreamSwitch streams = new StreamSwitch();
        Engine own = SharedEngine.INSTANCE.isPresent() ? null : newEngine();
        Engine engine = own != null ? own : SharedEngine.INSTANCE.get();
        Context context = null;
        try {
            context = Context.newBuilder("python")
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
                    .options(BytecodeCache.options())
                    .out(streams.out()).err(streams.err()).in(streams.in())
                    .arguments("python", new String[0])
                    .build();
            // Before anything marshals code (the imports below write .pyc files): see MarshalGuard.
            MarshalGuard.install(context);
            // The expensive part (GraalPy's start-up, site, the stdlib our helpers import): done here, ahead of
            // time when pooled. pickle and re cost 130-270 ms of every create() otherwise (measured); re's first
            // pattern is compiled here too, on a thread no other context is entered on (see _pep734_xi on why
            // that matters). threading (another ~20 ms) only for a subinterpreter: the thread that imports it
            // becomes its main thread, which GuestInterpreter#adoptMainThread renames as the runtime's main
            // thread; a main interpreter's threading must find the program's own thread as main.
            context.eval("python", key.role() == ContextPool.Role.SUB ? PRELOAD_SUB : PRELOAD);
            if (own == null) {
                GilTimeSlicing.enable(context);
            }
            // Still no guest code in it: the one kind of context our modules may be compiled in, once per JVM.
            CompiledModules.prepare(key.generation(), context);
            return new Blank(own, context, streams);
        } catch (RuntimeException e) {
            if (context != null) {
                context.close(true);
            }
            if (own != null) {
                own.close(true);
            }
            throw e;
        }
    }

    private static Engine newEngine() {
        return Engine.newBuilder("python").option("engine.WarnInterpreterOnly", "false").build();
    }

    /** The Engine every context shares, or empty when each context must have its own (see the class comment). */
    private static final class SharedEngine {
        static final Optional<Engine> INSTANCE =
                "own".equals(System.getProperty(ENGINE_PROPERTY)) || !GilTimeSlicing.available()
                        ? Optional.empty() : Optional.of(newEngine());
    }

    private static final String PRELOAD = "__import__('builtins'), __import__('pickle'), __import__('re').compile('a+b')";
    private static final String PRELOAD_SUB = PRELOAD + ", __import__('threading')";

    /**
     * A context not yet given to a runtime, with the streams to attach it by; {@code engine} is the context's own
     * Engine, or null when it shares the JVM's.
     */
    record Blank(Engine engine, Context context, StreamSwitch streams) {
        void close() {
            new Built(engine, context).close(true);
        }
    }

    /** What is closed when the interpreter is destroyed: the context, and its Engine if it has one of its own. */
    record Built(Engine engine, Context context) {
        void close(boolean cancel) {
            try {
                context.close(cancel);
            } finally {
                if (engine != null) {
                    engine.close(true);
                }
            }
        }
    }
}
