package dev.pep734.reference.runtime;

import java.util.Optional;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;

/**
 * What {@code _pep734_fds} asks of the runtime: shared descriptor numbers, and operations on a descriptor another
 * interpreter holds. Such an operation runs in the holder's context, entered by the calling thread as exec() does,
 * so a read that waits for data blocks only the caller (GraalPy lets the holder's own threads run meanwhile).
 */
public final class FdOps {
    /** POSIX EBADF: the answer for a descriptor no interpreter holds (any more). */
    static final int EBADF = 9;

    private final InterpreterRegistry registry;
    private final long self;

    FdOps(InterpreterRegistry registry, long self) {
        this.registry = registry;
        this.self = self;
    }

    /** A fresh runtime-wide descriptor number for the caller to move one of its own descriptors to. */
    @HostAccess.Export
    public Object reserve() {
        return Reply.guard(() -> registry.fds().reserve());
    }

    /** The caller now holds {@code fd} (a number from {@link #reserve}). */
    @HostAccess.Export
    public Object register(Value fd) {
        return Reply.guard(() -> {
            long n = HostArgs.integer(fd, "fd");
            if (n < FdTable.FIRST) {
                throw GuestRaise.valueError("not a shared descriptor: " + n);
            }
            registry.fds().register(n, self);
            return null;
        });
    }

    /** The caller closed {@code fd}, which it held. */
    @HostAccess.Export
    public Object forget(Value fd) {
        return Reply.guard(() -> {
            long n = HostArgs.integer(fd, "fd");
            if (registry.fds().owner(n).filter(o -> o == self).isPresent()) {
                registry.fds().forget(n);
            }
            return null;
        });
    }

    /**
     * Runs {@code op} on {@code fd} in the interpreter that holds it ({@code _pep734_fds.serve}); {@code a} and
     * {@code b} are the operation's arguments in wire form. Answers {@code ["ok", wire]}, {@code ["err", errno,
     * message]} for an OSError, or {@code ["local"]} when no other interpreter holds the descriptor.
     */
    @HostAccess.Export
    public Object remote(Value op, Value fd, Value a, Value b) {
        return Reply.guard(() -> {
            String operation = InterpreterOps.string(op);
            long n = HostArgs.integer(fd, "fd");
            Optional<Long> owner = registry.fds().owner(n);
            if (owner.isEmpty() || owner.get() == self) {
                // Not a shared descriptor of another interpreter: the caller's own table decides.
                return ProxyArray.fromArray("local");
            }
            Optional<GuestInterpreter> holder = registry.find(owner.get());
            if (holder.isEmpty()) {
                registry.fds().forget(n);
                return badDescriptor();
            }
            Object wireA = WireCodec.write(registry.codec().read(a));
            Object wireB = WireCodec.write(registry.codec().read(b));
            Value answer;
            try {
                answer = holder.get().module("_pep734_fds").getMember("serve").execute(operation, n, wireA, wireB);
            } catch (PolyglotException | IllegalStateException e) {
                // The holder is being destroyed (its context closing): its descriptors go with it.
                return badDescriptor();
            }
            String status = answer.getArrayElement(0).asString();
            if (status.equals("ok")) {
                return ProxyArray.fromArray(status, WireCodec.write(registry.codec().read(answer.getArrayElement(1))));
            }
            return ProxyArray.fromArray(status, answer.getArrayElement(1).asInt(),
                    answer.getArrayElement(2).asString());
        });
    }

    private static Object badDescriptor() {
        return ProxyArray.fromArray("err", EBADF, "Bad file descriptor");
    }
}
