package dev.pep734.reference.runtime;

import dev.pep734.reference.xi.XiValue;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;

/**
 * What {@code _interpreters} asks of the runtime. The calling thread enters the target's context itself
 * (nested in its own), so an exec holds only the target's GIL and interpreters run in parallel.
 */
public final class InterpreterOps {
    private final InterpreterRegistry registry;
    private final long self;

    InterpreterOps(InterpreterRegistry registry, long self) {
        this.registry = registry;
        this.self = self;
    }

    /** A new idle interpreter's id; {@code config}: see {@link InterpreterConfig#of}. */
    @HostAccess.Export
    public Object create(Value config) {
        return Reply.guard(() -> {
            InterpreterConfig settings = InterpreterConfig.of(config);
            ProcessEnvironment.Snapshot creator = ProcessEnvironment.ofCurrentContext();
            long[] mainThread = mainThreadOfCurrentContext();
            GuestInterpreter created = registry.createSub(settings);
            created.adoptMainThread(mainThread[0], mainThread[1]);
            ProcessEnvironment.startIn(created, creator, registry.pathEntry(), settings);
            return created.id();
        });
    }

    /** The config the interpreter was created with (the seven fields of {@link InterpreterConfig}). */
    @HostAccess.Export
    public Object config(Value id) {
        return Reply.guard(() -> registry.require(ids(id)).config().toGuest());
    }

    /**
     * The creator's {@code threading.main_thread()} as (ident, native id): the runtime's main thread, which
     * every interpreter shares as in CPython. Without {@code threading} imported yet, the calling thread
     * (importing it here would make the caller the creator's main thread).
     */
    private static long[] mainThreadOfCurrentContext() {
        Value ids = Context.getCurrent().eval("python", """
                (lambda threading: (threading.main_thread().ident, threading.main_thread().native_id)
                 if threading is not None else (__import__('_thread').get_ident(), __import__('_thread').get_native_id())
                )(__import__('sys').modules.get('threading'))
                """);
        return new long[] {ids.getArrayElement(0).asLong(), ids.getArrayElement(1).asLong()};
    }

    @HostAccess.Export
    public Object destroy(Value id) {
        return Reply.guard(() -> {
            GuestInterpreter target = owned(id, "destroy");
            if (target.id() == self) {
                throw new GuestRaise("InterpreterError", "cannot destroy the current interpreter");
            }
            target.claimForClose();
            try {
                // Like Py_EndInterpreter: wait for the interpreter's non-daemon threads first.
                target.onWorker(() -> target.helpers().getMember("finalize").execute().isNull());
            } catch (PolyglotException e) {
                rethrowIfCancelled(e);
            } finally {
                registry.destroy(target);
            }
            return null;
        });
    }

    /** {@code [[id, whence], ...]} in id order. */
    @HostAccess.Export
    public Object listAll() {
        return Reply.guard(() -> {
            List<Object> rows = new ArrayList<>();
            for (GuestInterpreter interp : registry.all()) {
                rows.add(ProxyArray.fromArray(interp.id(), interp.whence()));
            }
            return ProxyArray.fromList(rows);
        });
    }

    @HostAccess.Export
    public Object current() {
        return Reply.guard(() -> ProxyArray.fromArray(self, registry.require(self).whence()));
    }

    @HostAccess.Export
    public Object whence(Value id) {
        return Reply.guard(() -> registry.require(ids(id)).whence());
    }

    @HostAccess.Export
    public Object isRunning(Value id) {
        return Reply.guard(() -> registry.require(ids(id)).isRunning());
    }

    /** The main program's file, for {@code <fake __main__>}; None under -c / -m. */
    @HostAccess.Export
    public Object mainFile() {
        return Reply.guard(() -> registry.mainFile().orElse(null));
    }

    /**
     * Runs source ({@code kind} "src", a str) or a marshalled code object ("code", bytes) in the target's
     * {@code __main__}; answers None or the excinfo of the uncaught exception.
     */
    @HostAccess.Export
    public Object exec(Value id, Value kind, Value payload) {
        return Reply.guard(() -> {
            GuestInterpreter target = owned(id, "exec code for");
            Object wire = switch (kind.isString() ? kind.asString() : "") {
                case "src" -> string(payload);
                case "code" -> ByteBuffer.wrap(WireCodec.bytes(payload)).asReadOnlyBuffer();
                default -> throw GuestRaise.typeError("unsupported script kind");
            };
            return target.runExclusive(() -> {
                Value result = enter(() -> target.helpers().getMember("run_exec").execute(kind.asString(), wire));
                return result.isNull() ? null : ExcInfo.read(result);
            });
        });
    }

    /** Binds {@code ((name, wire), ...)} in the target's {@code __main__}: converted in full first (atomic). */
    @HostAccess.Export
    public Object prepareMain(Value id, Value pairs) {
        return Reply.guard(() -> {
            GuestInterpreter target = owned(id, "update __main__ for");
            List<Object> converted = new ArrayList<>();
            if (!pairs.hasArrayElements()) {
                throw GuestRaise.typeError("malformed cross-interpreter data");
            }
            for (long i = 0; i < pairs.getArraySize(); i++) {
                Value pair = pairs.getArrayElement(i);
                String name = string(pair.getArrayElement(0));
                XiValue value = registry.codec().read(pair.getArrayElement(1));
                converted.add(ProxyArray.fromArray(name, WireCodec.write(value)));
            }
            return target.runExclusive(() -> {
                enter(() -> target.helpers().getMember("bind_main").execute(ProxyArray.fromList(converted)));
                return null;
            });
        });
    }

    /**
     * Calls a pickled callable with arguments in the target. Answers {@code ["ok", wire]},
     * {@code ["exc", excinfo]} or {@code ["unshareable", kind, text]}.
     */
    @HostAccess.Export
    public Object call(Value id, Value callable, Value args, Value kwargs) {
        return Reply.guard(() -> {
            GuestInterpreter target = owned(id, "make a call in");
            Object fn = WireCodec.write(registry.codec().read(callable));
            Object a = WireCodec.write(registry.codec().read(args));
            Object k = WireCodec.write(registry.codec().read(kwargs));
            return target.runExclusive(() -> {
                Value r = enter(() -> target.helpers().getMember("run_call").execute(fn, a, k));
                String status = r.getArrayElement(0).asString();
                return switch (status) {
                    case "ok" -> ProxyArray.fromArray(status, WireCodec.write(registry.codec().read(r.getArrayElement(1))));
                    case "exc" -> ProxyArray.fromArray(status, ExcInfo.read(r.getArrayElement(1)));
                    default -> ProxyArray.fromArray(status, string(r.getArrayElement(1)), string(r.getArrayElement(2)));
                };
            });
        });
    }

    /** Shared memory for a memoryview about to cross (see {@code _pep734_xi.encode}). */
    @HostAccess.Export
    public Object allocate(Value size) {
        return Reply.guard(() -> registry.memory().allocate(size));
    }

    private GuestInterpreter owned(Value id, String action) {
        GuestInterpreter target = registry.require(ids(id));
        if (target.whence() != GuestInterpreter.WHENCE_STDLIB) {
            throw new GuestRaise("InterpreterError", "cannot " + action + " unrecognized interpreter " + target.id());
        }
        return target;
    }

    static long ids(Value id) {
        if (id == null || !id.isNumber() || !id.fitsInLong()) {
            throw GuestRaise.typeError("id must be an int");
        }
        long value = id.asLong();
        if (value < 0) {
            throw GuestRaise.valueError("interpreter ID must be a non-negative int, got " + value);
        }
        return value;
    }

    static String string(Value v) {
        if (v == null || !v.isString()) {
            throw GuestRaise.typeError("expected a str");
        }
        return v.asString();
    }

    /**
     * Runs code in another context. An exit or internal failure there is reported to the caller as an
     * InterpreterError; cancellation (runtime closing) propagates.
     */
    private static Value enter(java.util.function.Supplier<Value> action) {
        try {
            return action.get();
        } catch (PolyglotException e) {
            rethrowIfCancelled(e);
            if (e.isExit()) {
                throw new GuestRaise("InterpreterError", "interpreter exited with status " + e.getExitStatus());
            }
            throw new GuestRaise("InterpreterError", "interpreter failed: " + e.getMessage());
        }
    }

    private static void rethrowIfCancelled(PolyglotException e) {
        if (e.isCancelled() || e.isInterrupted() || e.isResourceExhausted()) {
            throw e;
        }
    }
}
