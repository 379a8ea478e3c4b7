package dev.pep734.reference.runtime;

import dev.pep734.reference.xi.ChannelRegistry;
import dev.pep734.reference.xi.QueueRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The interpreters of one runtime. Ids start at 0 for main and are never reused (CPython: closing 3 then
 * creating gives the next fresh id). Each runtime has its own registry, so runtimes in one JVM never see
 * each other's ids, interpreters or queues.
 */
final class InterpreterRegistry {
    private final ContextFactory factory;
    private final QueueRegistry queues = new QueueRegistry();
    private final ChannelRegistry channels = new ChannelRegistry();
    private final MemoryRegistry memory = new MemoryRegistry();
    private final FdTable fds = new FdTable();
    private final WireCodec codec = new WireCodec(memory);
    private final AtomicLong nextId = new AtomicLong();
    private final Map<Long, GuestInterpreter> live = new ConcurrentSkipListMap<>();
    private volatile List<String> argv = List.of("");
    private volatile Optional<String> mainFile = Optional.empty();
    private volatile Optional<String> pathEntry = Optional.empty();
    private volatile boolean shutDown;

    InterpreterRegistry(ContextFactory factory) {
        this.factory = factory;
    }

    /** The API generation this runtime's interpreters serve. */
    ApiGeneration generation() {
        return factory.generation();
    }

    QueueRegistry queues() {
        return queues;
    }

    ChannelRegistry channels() {
        return channels;
    }

    MemoryRegistry memory() {
        return memory;
    }

    FdTable fds() {
        return fds;
    }

    WireCodec codec() {
        return codec;
    }

    /**
     * The program's argv, main file and first sys.path entry, inherited by every subinterpreter (sys.argv,
     * {@code <fake __main__>}, sys.path[0]).
     */
    void program(List<String> arguments, Optional<String> file, Optional<String> firstPathEntry) {
        this.argv = List.copyOf(arguments);
        this.mainFile = file;
        this.pathEntry = firstPathEntry;
    }

    Optional<String> mainFile() {
        return mainFile;
    }

    /** sys.path[0] of the main interpreter as the program started ('' for -c), which subinterpreters get too. */
    Optional<String> pathEntry() {
        return pathEntry;
    }

    GuestInterpreter createMain() {
        long id = nextId.getAndIncrement();
        return register(GuestInterpreter.main(id,
                factory.create(new HostBridge(this, id), argv, ContextPool.Role.MAIN)));
    }

    /** A new subinterpreter (whence "_interpreters module"). */
    GuestInterpreter createSub(InterpreterConfig config) {
        if (shutDown) {
            throw new GuestRaise("InterpreterError", "runtime is shutting down");
        }
        long id = nextId.getAndIncrement();
        HostBridge bridge = new HostBridge(this, id);
        List<String> inherited = argv;
        return register(GuestInterpreter.sub(id, config,
                () -> factory.create(bridge, inherited, ContextPool.Role.SUB)));
    }

    private GuestInterpreter register(GuestInterpreter interp) {
        live.put(interp.id(), interp);
        if (shutDown) {
            // close() raced with this create: do not leak the context.
            destroyQuietly(interp);
        }
        return interp;
    }

    /** The live interpreter, or InterpreterNotFoundError "unrecognized interpreter ID n". */
    GuestInterpreter require(long id) {
        GuestInterpreter interp = live.get(id);
        if (interp == null) {
            throw GuestRaise.notFound(id);
        }
        return interp;
    }

    Optional<GuestInterpreter> find(long id) {
        return Optional.ofNullable(live.get(id));
    }

    List<GuestInterpreter> all() {
        return new ArrayList<>(live.values());
    }

    /** Removes a subinterpreter and closes its context; its queue items become unbound. */
    void destroy(GuestInterpreter interp) {
        live.remove(interp.id());
        try {
            interp.close(false);
        } catch (IllegalStateException stillRunning) {
            interp.close(true);
        } finally {
            queues.interpreterDestroyed(interp.id());
            channels.interpreterDestroyed(interp.id());
            fds.interpreterDestroyed(interp.id());
        }
    }

    /** Cancels whatever runs and closes every context; used by {@link PythonRuntime#close()}. */
    void shutDown() {
        shutDown = true;
        for (GuestInterpreter interp : all()) {
            destroyQuietly(interp);
        }
    }

    private void destroyQuietly(GuestInterpreter interp) {
        live.remove(interp.id());
        try {
            interp.close(true);
        } catch (RuntimeException ignored) {
            // Closing during cancellation can report the cancellation itself; the context is gone either way.
        }
    }
}
