package dev.pep734.reference.runtime;

import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;

/**
 * One interpreter: its id, how it was made, its context, and who is running code in it. At most one
 * thread runs the interpreter's {@code __main__} at a time (CPython refuses a second one with
 * "interpreter already running"); threads the guest starts itself are not counted.
 *
 * <p>Code runs on the calling thread, like CPython's exec()/call(), which switch the calling OS thread to
 * the target interpreter: the caller enters this context nested in its own (polyglot nesting of two contexts of
 * one Engine; GraalPy lets the caller's own context run its other threads meanwhile). A subinterpreter also has a
 * home thread, which builds, finalizes and closes its context (see {@link #onWorker}); its Python main thread is
 * the runtime's, as in CPython ({@link #adoptMainThread}).
 */
final class GuestInterpreter {
    /** CPython's whence codes (_interpreters.WHENCE_*): the main interpreter is "runtime init". */
    static final int WHENCE_RUNTIME = 1;
    /** "_interpreters module": made by create(), the only kind this module may destroy or run code in. */
    static final int WHENCE_STDLIB = 5;

    private final long id;
    private final int whence;
    private final InterpreterConfig config;
    private volatile Value helpers;
    private final Map<String, Value> modules = new ConcurrentHashMap<>();
    private final ContextFactory.Built built;
    private final ExecutorService worker;
    private final AtomicReference<Thread> runner = new AtomicReference<>();
    private volatile boolean closed;

    private GuestInterpreter(long id, int whence, InterpreterConfig config, ContextFactory.Built built,
                             ExecutorService worker) {
        this.id = id;
        this.whence = whence;
        this.config = config;
        this.built = built;
        this.worker = worker;
    }

    /** The main interpreter: entered by the program's own thread, no worker. */
    static GuestInterpreter main(long id, ContextFactory.Built built) {
        return new GuestInterpreter(id, WHENCE_RUNTIME, InterpreterConfig.MAIN, built, null);
    }

    /** A subinterpreter whose context is built on its home thread (see {@link #onWorker}). */
    static GuestInterpreter sub(long id, InterpreterConfig config, Supplier<ContextFactory.Built> builder) {
        ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
            Thread t = new Thread(task, "pep734-interpreter-" + id);
            t.setDaemon(true);
            return t;
        });
        try {
            return new GuestInterpreter(id, WHENCE_STDLIB, config,
                    await(worker.submit(() -> withThreadingImported(builder.get()))), worker);
        } catch (RuntimeException e) {
            worker.shutdownNow();
            throw e;
        }
    }

    /**
     * Makes sure {@code threading} is imported before any caller of exec() can: {@code threading} takes as main
     * the thread that first imports it, and a caller taken for main would hold the main thread's lock that
     * {@code threading._shutdown()} at destroy waits for, possibly long after it is gone (GraalPy keeps a thread's
     * state in a context until the context closes; CPython drops it when exec() returns). A pooled context has it
     * imported already, by the pool's thread; one built now imports it here, on the home thread. Either way
     * {@link #adoptMainThread} then names the runtime's main thread and takes that lock off the shutdown list.
     */
    private static ContextFactory.Built withThreadingImported(ContextFactory.Built built) {
        try {
            // Our helpers too: they import re, whose first regex compiled by another thread can wait for ever on
            // a TRegex handshake in GraalPy 25.2.4 (see _pep734_xi).
            built.context().eval("python", "__import__('threading'), __import__('_pep734_xi')");
            return built;
        } catch (RuntimeException e) {
            built.close(true);
            throw e;
        }
    }

    /**
     * Makes the runtime's main thread (GraalPy's ident and native id: the Java thread id) this
     * subinterpreter's {@code threading.main_thread()}, as in CPython, where a subinterpreter's main thread
     * is the process's: exec() from that thread then sees itself as MainThread, not as a dummy thread. The
     * home thread keeps finalizing, so the main thread's lock is taken off the locks
     * {@code threading._shutdown()} waits for (CPython does not wait for the main thread there either).
     */
    void adoptMainThread(long ident, long nativeId) {
        onWorker(() -> {
            new PrivateNamespace(built.context()).put("ident", ident).put("native_id", nativeId)
                    .exec(ADOPT_MAIN_THREAD);
            return null;
        });
    }

    private static final String ADOPT_MAIN_THREAD = """
            import threading
            main = threading._main_thread
            with threading._active_limbo_lock:
                threading._active.pop(main._ident, None)
                main._ident = ident
                main._native_id = native_id
                threading._active[ident] = main
            with threading._shutdown_locks_lock:
                threading._shutdown_locks.discard(main._tstate_lock)
            """;

    long id() {
        return id;
    }

    int whence() {
        return whence;
    }

    InterpreterConfig config() {
        return config;
    }

    Context context() {
        return built.context();
    }

    boolean isRunning() {
        return runner.get() != null;
    }

    boolean isClosed() {
        return closed;
    }

    /** The module of our Python helpers inside this context. */
    Value helpers() {
        Value h = helpers;
        if (h == null) {
            h = built.context().eval("python", "__import__('_pep734_xi')");
            helpers = h;
        }
        return h;
    }

    /** One of our modules inside this context, imported there if it is not yet. */
    Value module(String name) {
        return modules.computeIfAbsent(name, n -> built.context().eval("python", "__import__('" + n + "')"));
    }

    /** Claims the interpreter for destruction; refused while anyone runs in it (CPython: "interpreter running"). */
    void claimForClose() {
        if (!runner.compareAndSet(null, Thread.currentThread())) {
            throw new GuestRaise("InterpreterError", "interpreter running");
        }
    }

    /**
     * Runs {@code action} on the calling thread as this interpreter's one runner, refusing a second
     * concurrent one. The caller enters this context while it stays inside its own; since a runner is
     * refused while another one runs, no thread ever enters a context it is already in.
     */
    <T> T runExclusive(Supplier<T> action) {
        Thread me = Thread.currentThread();
        if (!runner.compareAndSet(null, me)) {
            throw new GuestRaise("InterpreterError", "interpreter already running");
        }
        try {
            return action.get();
        } finally {
            runner.set(null);
        }
    }

    /**
     * Runs {@code action} on this interpreter's home thread (the main interpreter has none: the calling
     * thread), which sets the context up, finalizes and closes it. The caller waits in Java. The action must return plain Java data (no {@code Value} of this context escapes).
     */
    <T> T onWorker(Supplier<T> action) {
        if (worker == null) {
            return action.get();
        }
        return await(worker.submit(action::get));
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new CancellationException("interpreter runtime closed");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Marks the interpreter as the given thread's while it runs a program (the main interpreter). */
    void markRunning(boolean running) {
        runner.set(running ? Thread.currentThread() : null);
    }

    /** Closes the context; {@code cancel} stops code still running in it. */
    void close(boolean cancel) {
        closed = true;
        try {
            if (worker == null || cancel) {
                // Cancelling is allowed from any thread, and must not wait for a busy worker.
                built.close(cancel);
            } else {
                await(worker.submit(() -> {
                    built.close(false);
                    return null;
                }));
            }
        } finally {
            if (worker != null) {
                worker.shutdownNow();
            }
        }
    }
}
