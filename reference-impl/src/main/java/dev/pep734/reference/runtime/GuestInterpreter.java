package dev.pep734.reference.runtime;

import java.util.concurrent.CancellationException;
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
 * <p>A subinterpreter's context is only ever entered by its own worker thread: a thread already inside
 * another context must not enter it (GraalPy 25.2.4 reports "Invalid sharing of AST nodes" when a host
 * call of context A evaluates in context B on the same thread, each with its own Engine). Callers hand
 * the work over and wait in Java, which releases their own context's GIL meanwhile.
 */
final class GuestInterpreter {
    /** CPython's whence codes (_interpreters.WHENCE_*): the main interpreter is "runtime init". */
    static final int WHENCE_RUNTIME = 1;
    /** "_interpreters module": made by create(), the only kind this module may destroy or run code in. */
    static final int WHENCE_STDLIB = 5;

    private final long id;
    private final int whence;
    private volatile Value helpers;
    private final ContextFactory.Built built;
    private final ExecutorService worker;
    private final AtomicReference<Thread> runner = new AtomicReference<>();
    private volatile boolean closed;

    private GuestInterpreter(long id, int whence, ContextFactory.Built built, ExecutorService worker) {
        this.id = id;
        this.whence = whence;
        this.built = built;
        this.worker = worker;
    }

    /** The main interpreter: entered by the program's own thread, no worker. */
    static GuestInterpreter main(long id, ContextFactory.Built built) {
        return new GuestInterpreter(id, WHENCE_RUNTIME, built, null);
    }

    /** A subinterpreter whose context is built, and later entered, on its own worker thread. */
    static GuestInterpreter sub(long id, Supplier<ContextFactory.Built> builder) {
        ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
            Thread t = new Thread(task, "pep734-interpreter-" + id);
            t.setDaemon(true);
            return t;
        });
        try {
            return new GuestInterpreter(id, WHENCE_STDLIB, await(worker.submit(builder::get)), worker);
        } catch (RuntimeException e) {
            worker.shutdownNow();
            throw e;
        }
    }

    long id() {
        return id;
    }

    int whence() {
        return whence;
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

    /** Claims the interpreter for destruction; refused while anyone runs in it (CPython: "interpreter running"). */
    void claimForClose() {
        if (!runner.compareAndSet(null, Thread.currentThread())) {
            throw new GuestRaise("InterpreterError", "interpreter running");
        }
    }

    /**
     * Runs {@code action} as this interpreter's one runner, refusing a second concurrent one. The
     * polyglot layer lets the calling thread enter this context while it stays inside its own.
     */
    <T> T runExclusive(Supplier<T> action) {
        Thread me = Thread.currentThread();
        if (!runner.compareAndSet(null, me)) {
            throw new GuestRaise("InterpreterError", "interpreter already running");
        }
        try {
            return onWorker(action);
        } finally {
            runner.set(null);
        }
    }

    /**
     * Runs {@code action} on the thread that may enter this context. The action must return plain Java
     * data (no {@code Value} of this context escapes to the caller).
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
