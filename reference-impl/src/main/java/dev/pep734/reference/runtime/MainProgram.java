package dev.pep734.reference.runtime;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;

/**
 * Runs the program of the main interpreter through {@code _pep734_run} and turns its end into a
 * {@link RunOutcome}: exit code as {@code python} would give it, the uncaught exception, or cancellation.
 */
final class MainProgram {
    private final InterpreterRegistry registry;
    private final RuntimeSettings settings;
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final boolean inspect;

    MainProgram(InterpreterRegistry registry, RuntimeSettings settings, boolean inspect) {
        this.registry = registry;
        this.settings = settings;
        this.inspect = inspect;
    }

    /**
     * Runs the program through {@code _pep734_run.RUNNER}.
     *
     * @param mainFile the script, which subinterpreters re-run as {@code <fake __main__>} to unpickle its objects
     * @param pathEntry what goes first on sys.path, in the main interpreter and every subinterpreter
     */
    RunOutcome run(String runner, String target, List<String> argv, Optional<String> mainFile,
                   Optional<String> pathEntry) {
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("a PythonRuntime runs one program; build another runtime");
        }
        if (cancelled.get()) {
            return new RunOutcome(1, Optional.empty(), true);
        }
        registry.program(argv, mainFile, pathEntry);
        GuestInterpreter main;
        try {
            main = registry.createMain();
        } catch (PolyglotException | IllegalStateException e) {
            return failedOrCancelled(e);
        } catch (GuestRaise e) {
            return new RunOutcome(1, Optional.empty(), true);
        }
        main.markRunning(true);
        try {
            Value fn = main.context().eval("python", "__import__('_pep734_run')").getMember(runner);
            Value result = fn.execute(target, ProxyArray.fromList(List.copyOf(argv)), pathEntry.orElse(null), inspect);
            return outcome(result);
        } catch (PolyglotException | IllegalStateException e) {
            return failedOrCancelled(e);
        } finally {
            main.markRunning(false);
        }
    }

    void cancel() {
        cancelled.set(true);
    }

    private static RunOutcome outcome(Value result) {
        int code = result.getArrayElement(0).asInt();
        Value err = result.getArrayElement(1);
        if (err.isNull()) {
            return new RunOutcome(code, Optional.empty(), false);
        }
        GuestError error = new GuestError(err.getArrayElement(0).asString(), err.getArrayElement(1).asString(),
                err.getArrayElement(2).asString(), err.getArrayElement(3).asString());
        return new RunOutcome(code, Optional.of(error), false);
    }

    /** A run that did not come back through {@code _pep734_run}: cancelled by close(), exit(), or our bug. */
    private RunOutcome failedOrCancelled(RuntimeException e) {
        if (cancelled.get() || (e instanceof PolyglotException p && (p.isCancelled() || p.isInterrupted()))) {
            return new RunOutcome(1, Optional.empty(), true);
        }
        if (e instanceof PolyglotException p && p.isExit()) {
            return new RunOutcome(p.getExitStatus(), Optional.empty(), false);
        }
        PrintStream err = new PrintStream(settings.stderr(), true, StandardCharsets.UTF_8);
        err.println("pep734 reference runtime: internal error: " + e);
        e.printStackTrace(err);
        return new RunOutcome(1, Optional.empty(), false);
    }
}
