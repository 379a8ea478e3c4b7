package dev.pep734.reference.runtime;

import java.util.concurrent.locks.ReentrantLock;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * {@code marshal.dumps} of every context, one call at a time in the whole JVM.
 *
 * <p>Why: on a shared Engine, the same source compiled in two contexts gives code that shares GraalPy's compiled
 * form, and GraalPy 25.2.4 marshals such code by replaying its compiler on state that is not thread-safe. Two
 * contexts marshalling it at once (two interpreters importing the same stdlib module and writing its {@code .pyc},
 * or sending the same function) broke GraalPy's own assertions in our tests; without them nothing keeps the bytes
 * right. Within one context the GIL already serialises marshal; across contexts only this lock does. The lock is
 * held for the original {@code dumps} only, never while guest Python code runs. Contexts with an Engine of their
 * own ({@code -Dpep734.reference.engine=own}) share no code and would not need it; they get it too, to keep one
 * path.
 */
public final class MarshalGuard {
    private static final ReentrantLock LOCK = new ReentrantLock();

    private final Value original;

    private MarshalGuard(Value original) {
        this.original = original;
    }

    /** Replaces {@code marshal.dumps} and {@code marshal.dump} of a context that has run no guest code yet. */
    static void install(Context context) {
        Value install = new PrivateNamespace(context).exec(INSTALL).get("install");
        Value marshal = context.eval("python", "__import__('marshal')");
        install.execute(marshal, new MarshalGuard(marshal.getMember("dumps")));
    }

    /** The original {@code marshal.dumps(value, version)}, under the JVM-wide lock. */
    @HostAccess.Export
    public Value dumps(Value value, int version) {
        LOCK.lock();
        try {
            return original.execute(value, version);
        } finally {
            LOCK.unlock();
        }
    }

    private static final String INSTALL = """
            def install(marshal, guard):
                original = marshal.dumps
                def dumps(value, version=marshal.version, /):
                    return guard.dumps(value, version)
                def dump(value, file, version=marshal.version, /):
                    file.write(dumps(value, version))
                for new, old in ((dumps, original), (dump, marshal.dump)):
                    new.__name__ = new.__qualname__ = old.__name__
                    new.__module__ = 'marshal'
                    new.__doc__ = old.__doc__
                marshal.dumps, marshal.dump = dumps, dump
            """;
}
