package dev.pep734.reference.runtime;

import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;

/**
 * An interpreter's config, as CPython 3.14's {@code _interpreters.new_config()} describes it. The runtime applies
 * what it can: daemon threads, threads and {@code os.exec*} refused when the config says so (each GraalPy context
 * has its own GIL and heap whatever {@code gil} and {@code use_main_obmalloc} say; those are recorded only).
 * {@code _interpreters} checks the fields before they reach the host.
 */
record InterpreterConfig(boolean useMainObmalloc, boolean allowFork, boolean allowExec, boolean allowThreads,
                         boolean allowDaemonThreads, boolean checkMultiInterpExtensions, String gil) {

    /** What {@code interpreters.create()} uses: CPython's 'isolated'. */
    static final InterpreterConfig ISOLATED = new InterpreterConfig(false, false, false, true, false, true, "own");

    /** CPython's 'legacy': everything allowed, the main interpreter's obmalloc and GIL. */
    static final InterpreterConfig LEGACY = new InterpreterConfig(true, true, true, true, true, false, "shared");

    /** What the main interpreter reports: legacy, with its own GIL. */
    static final InterpreterConfig MAIN = new InterpreterConfig(true, true, true, true, true, false, "own");

    /**
     * A config as the guest passes it: the seven fields in the order of this record, or (older API generations)
     * only whether daemon threads are allowed (true: legacy, false: isolated).
     */
    static InterpreterConfig of(Value value) {
        if (value.isBoolean()) {
            return value.asBoolean() ? LEGACY : ISOLATED;
        }
        if (!value.hasArrayElements() || value.getArraySize() != 7) {
            throw GuestRaise.typeError("bad config");
        }
        boolean[] flags = new boolean[6];
        for (int i = 0; i < 6; i++) {
            Value flag = value.getArrayElement(i);
            if (!flag.isBoolean()) {
                throw GuestRaise.typeError("bad config");
            }
            flags[i] = flag.asBoolean();
        }
        Value gil = value.getArrayElement(6);
        if (!gil.isString()) {
            throw GuestRaise.typeError("bad config");
        }
        return new InterpreterConfig(flags[0], flags[1], flags[2], flags[3], flags[4], flags[5], gil.asString());
    }

    /** The seven fields for the guest, in the order of {@link #of}. */
    Object toGuest() {
        return ProxyArray.fromArray(useMainObmalloc, allowFork, allowExec, allowThreads, allowDaemonThreads,
                checkMultiInterpExtensions, gil);
    }
}
