package dev.pep734.reference.runtime;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;

/**
 * One interpreter: its id, how it was made, its context, and who is running code in it. At most one
 * thread runs the interpreter's {@code __main__} at a time (CPython refuses a second one with
 * "interpreter already running"); threads the guest starts itself are not counted.
 */
final class GuestInterpreter {
    static final String WHENCE_RUNTIME = "runtime init";
    static final String WHENCE_STDLIB = "_interpreters module";

    private final long id;
    private final String whence;
    private final ContextFactory.Built built;
    private final AtomicReference<Thread> runner = new AtomicReference<>();
    private volatile boolean closed;

    GuestInterpreter(long id, String whence, ContextFactory.Built built) {
        this.id = id;
        this.whence = whence;
        this.built = built;
    }

    long id() {
        return id;
    }

    String whence() {
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
        return built.context().eval("python", "__import__('_pep734_xi')");
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
            return action.get();
        } finally {
            runner.set(null);
        }
    }

    /** Marks the interpreter as the given thread's while it runs a program (the main interpreter). */
    void markRunning(boolean running) {
        runner.set(running ? Thread.currentThread() : null);
    }

    /** Closes the context; {@code cancel} stops code still running in it. */
    void close(boolean cancel) {
        closed = true;
        built.close(cancel);
    }
}
