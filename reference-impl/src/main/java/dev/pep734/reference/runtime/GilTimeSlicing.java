package dev.pep734.reference.runtime;

import java.lang.reflect.Method;
import java.util.Optional;
import org.graalvm.polyglot.Context;

/**
 * Turns on GIL time-slicing in a context that shares its Engine with others.
 *
 * <p>Why it is needed (GraalPy 25.2.4's source, docs/graalpy.md "One Engine for all interpreters"): GraalPy starts
 * the timer that makes a CPU-bound thread hand the GIL over every few milliseconds only from
 * {@code PythonLanguage.initializeMultiThreading}, and only while a flag of the whole language is still set: the
 * first context of an Engine that goes multi-threaded gets the timer, clears the flag, and no later context ever
 * gets one. There a thread that never blocks keeps its context's GIL for good (measured: the context's other
 * threads starved). The per-context step behind that flag, {@code PythonContext.initializeMultiThreading()}, is
 * public; this class calls it for every context we build, through reflection because it is not API.
 *
 * <p>If GraalPy's internals ever change shape, {@link #available()} says so and {@link ContextFactory} falls back
 * to an Engine per context, which is slower but time-sliced by GraalPy itself.
 */
final class GilTimeSlicing {
    private static final Optional<Method[]> HOOKS = find();

    private GilTimeSlicing() {
    }

    /** Whether this GraalPy has the per-context switch this class calls. */
    static boolean available() {
        return HOOKS.isPresent();
    }

    /** Starts the context's GIL release timer. The context must have run Python code: GraalPy is set up in it then. */
    static void enable(Context context) {
        Method[] hooks = HOOKS.orElseThrow(() -> new IllegalStateException("GIL time-slicing hook not found"));
        context.enter();
        try {
            Object pythonContext = hooks[0].invoke(null, (Object) null);
            if (pythonContext == null) {
                throw new IllegalStateException("GraalPy is not set up in this context yet: run Python code first");
            }
            hooks[1].invoke(pythonContext);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot turn on GIL time-slicing: " + e, e);
        } finally {
            context.leave();
        }
    }

    /** PythonContext.get(Node) and PythonContext.initializeMultiThreading(), or empty. */
    private static Optional<Method[]> find() {
        try {
            Class<?> pythonContext = Class.forName("com.oracle.graal.python.runtime.PythonContext");
            Class<?> node = Class.forName("com.oracle.truffle.api.nodes.Node");
            return Optional.of(new Method[] {pythonContext.getMethod("get", node),
                    pythonContext.getMethod("initializeMultiThreading")});
        } catch (ReflectiveOperationException | LinkageError e) {
            return Optional.empty();
        }
    }
}
