package dev.pep734.reference.runtime;

import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * GraalPy contexts built ahead of time, so that {@code interpreters.create()} (and a fresh runtime's main
 * interpreter) takes a ready context instead of paying GraalPy's context start-up (~130 ms on a quiet machine,
 * seconds on a busy one). One low-priority daemon thread keeps blank contexts ready per {@link Key}, for keys that
 * were asked for at least once: {@value #DEFAULT_TARGET} at first, one more each time a take finds none ready, up to
 * a ceiling ({@value #DEFAULT_CEILING} by default). So a program that creates interpreters in bursts gets a pool the
 * size of its bursts, and one that creates them now and then keeps two ready (~2.8 MiB of heap each).
 *
 * <p>Rules: a context is built on one thread and used on others (GraalPy allows it; each gets its GIL time-slicing
 * when built, see {@link GilTimeSlicing}); a blank context is handed out once, to one taker, and is never shared; the
 * pooled contexts nobody took are closed when the JVM exits. {@code -Dpep734.reference.pool=0} turns the pool
 * off (every create builds its context then), any other number sets the first target per key;
 * {@code -Dpep734.reference.pool.max} sets the ceiling (never below the first target).
 *
 * @param <T> what is pooled: {@link ContextFactory.Blank} (tests pool plain objects)
 */
final class ContextPool<T> {

    /** System property: blank contexts kept per key ({@value #DEFAULT_TARGET} by default, 0 = no pool). */
    static final String TARGET_PROPERTY = "pep734.reference.pool";
    static final int DEFAULT_TARGET = 2;
    /** System property: the most blank contexts kept per key after misses ({@value #DEFAULT_CEILING} by default). */
    static final String CEILING_PROPERTY = "pep734.reference.pool.max";
    static final int DEFAULT_CEILING = 8;

    /**
     * What a blank context depends on. The API generation is part of it because generations may come to differ
     * in how their contexts are built; a context is only ever handed to a runtime of the key it was built for.
     * The role too: a subinterpreter's context comes with {@code threading} imported, a main interpreter's must not
     * (see {@link ContextFactory#blank}).
     */
    record Key(ApiGeneration generation, Role role) {
    }

    /** Whom a blank context is for. */
    enum Role {
        MAIN, SUB
    }

    private static final ContextPool<ContextFactory.Blank> SHARED =
            new ContextPool<>(configured(TARGET_PROPERTY, DEFAULT_TARGET),
                    configured(CEILING_PROPERTY, DEFAULT_CEILING), ContextFactory::blank, ContextFactory.Blank::close);

    private final int target;
    private final int ceiling;
    private final Map<Key, AtomicInteger> targets = new ConcurrentHashMap<>();
    private final Function<Key, T> maker;
    private final Consumer<T> discard;
    private final Map<Key, Queue<T>> ready = new ConcurrentHashMap<>();
    private final Object signal = new Object();
    private Thread filler;
    private boolean closed;

    /**
     * @param target blank items kept per key at first (0: no pool)
     * @param ceiling the most kept per key once takes found none ready
     * @param discard closes what nobody took, at {@link #close()}
     */
    ContextPool(int target, int ceiling, Function<Key, T> maker, Consumer<T> discard) {
        this.target = target;
        this.ceiling = Math.max(target, ceiling);
        this.maker = maker;
        this.discard = discard;
    }

    /** The pool every runtime of this JVM shares. */
    static ContextPool<ContextFactory.Blank> shared() {
        return SHARED;
    }

    int target() {
        return target;
    }

    /** Blank items kept for {@code key} now: the first target, one more per miss, up to the ceiling. */
    int target(Key key) {
        AtomicInteger t = targets.get(key);
        return t == null ? target : t.get();
    }

    /**
     * A blank context for {@code key}: a pooled one if ready, otherwise one built now on the caller's thread.
     * Either way the pool is asked to refill.
     */
    T take(Key key) {
        if (target <= 0) {
            return maker.apply(key);
        }
        Optional<T> pooled = Optional.ofNullable(queue(key).poll());
        if (pooled.isEmpty()) {
            // A miss: this program creates faster than the pool refills, so keep one more ready from now on.
            targets.computeIfAbsent(key, k -> new AtomicInteger(target)).accumulateAndGet(1,
                    (now, one) -> Math.min(ceiling, now + one));
        }
        wake();
        return pooled.orElseGet(() -> maker.apply(key));
    }

    /** Starts filling for {@code key} before anyone asks (e.g. the next TCK script's generation). */
    void warm(Key key) {
        if (target > 0) {
            queue(key);
            wake();
        }
    }

    /** How many blank contexts are ready for {@code key} (for tests). */
    int ready(Key key) {
        Queue<T> q = ready.get(key);
        return q == null ? 0 : q.size();
    }

    private Queue<T> queue(Key key) {
        return ready.computeIfAbsent(key, k -> new ConcurrentLinkedQueue<>());
    }

    private void wake() {
        synchronized (signal) {
            if (closed) {
                return;
            }
            if (filler == null) {
                filler = new Thread(this::fill, "pep734-context-pool");
                filler.setDaemon(true);
                // Below the interpreters' own threads: filling must not slow down code that runs now.
                filler.setPriority(Thread.MIN_PRIORITY);
                filler.start();
                Runtime.getRuntime().addShutdownHook(new Thread(this::close, "pep734-context-pool-close"));
            }
            signal.notifyAll();
        }
    }

    /** The filler thread: builds one context at a time for the first key below target, sleeps when all are full. */
    private void fill() {
        while (true) {
            Optional<Key> needy;
            synchronized (signal) {
                while (!closed && (needy = firstBelowTarget()).isEmpty()) {
                    try {
                        signal.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (closed) {
                    return;
                }
                needy = firstBelowTarget();
            }
            if (needy.isEmpty()) {
                continue;
            }
            T blank;
            try {
                blank = maker.apply(needy.get());
            } catch (RuntimeException | LinkageError e) {
                // A context that cannot be built now fails in create() too, with the error shown there; the
                // next take starts a new filler.
                synchronized (signal) {
                    filler = null;
                }
                return;
            }
            synchronized (signal) {
                if (closed) {
                    discard.accept(blank);
                    return;
                }
                queue(needy.get()).add(blank);
            }
        }
    }

    private Optional<Key> firstBelowTarget() {
        return ready.entrySet().stream().filter(e -> e.getValue().size() < target(e.getKey())).map(Map.Entry::getKey)
                .findFirst();
    }

    /** Closes the contexts nobody took; the filler stops. */
    void close() {
        synchronized (signal) {
            closed = true;
            signal.notifyAll();
        }
        for (Queue<T> q : ready.values()) {
            for (T blank = q.poll(); blank != null; blank = q.poll()) {
                discard.accept(blank);
            }
        }
    }

    private static int configured(String property, int fallback) {
        try {
            return Integer.parseInt(System.getProperty(property, Integer.toString(fallback)).strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
