package dev.pep734.reference.runtime;

/** Interpreter operations reachable from guest code (filled in below). */
public final class InterpreterOps {
    private final InterpreterRegistry registry;
    private final long self;

    InterpreterOps(InterpreterRegistry registry, long self) {
        this.registry = registry;
        this.self = self;
    }
}
