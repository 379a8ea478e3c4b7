package dev.pep734.reference.runtime;

import dev.pep734.reference.xi.UnboundPolicy;
import java.util.concurrent.CancellationException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;

/**
 * The argument checks, waits and failure replies that the host operations on queues ({@link QueueOps}) and
 * channels ({@link ChannelOps}) share: guest code may call them with any value, and a blocked call must end
 * when the runtime closes.
 */
final class HostArgs {
    private HostArgs() {
    }

    /** A Python int that fits in 64 bits, else TypeError "WHAT must be an int". */
    static long integer(Value v, String what) {
        if (v == null || !v.isNumber() || !v.fitsInLong()) {
            throw GuestRaise.typeError(what + " must be an int");
        }
        return v.asLong();
    }

    /** An unbound-item policy code; NotImplementedError for an unknown one, as CPython. */
    static UnboundPolicy policy(Value code, String what) {
        long c = integer(code, what);
        return UnboundPolicy.of(c).orElseThrow(
                () -> new GuestRaise("NotImplementedError", "unsupported unbound replacement op " + c));
    }

    interface Blocking {
        void run() throws InterruptedException;
    }

    /** A wait interrupted by the runtime's close(): the context is going away, so the call is cancelled. */
    static void interruptible(Blocking action) {
        try {
            action.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interpreter runtime closed");
        }
    }

    /**
     * What {@code action} answers itself (never a list), or the failure {@link Reply} {@link #guard} gives: for
     * the calls every queue item makes, where reading an ok reply would cost the guest two more accesses.
     */
    static <F extends RuntimeException> Object direct(Supplier<Object> action, Class<F> failure,
                                                      Function<F, String> pyType) {
        Object[] answer = new Object[1];
        Object reply = guard(() -> {
            answer[0] = action.get();
            return null;
        }, failure, pyType);
        return Boolean.TRUE.equals(((ProxyArray) reply).get(0)) ? answer[0] : reply;
    }

    /** A {@link Reply} of {@code action}; a {@code failure} thrown by it raises the Python class {@code pyType} names. */
    static <F extends RuntimeException> Object guard(Supplier<Object> action, Class<F> failure,
                                                     Function<F, String> pyType) {
        return Reply.guard(() -> {
            try {
                return action.get();
            } catch (RuntimeException e) {
                if (failure.isInstance(e)) {
                    F f = failure.cast(e);
                    throw new GuestRaise(pyType.apply(f), f.getMessage());
                }
                throw e;
            }
        });
    }
}
