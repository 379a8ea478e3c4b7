package dev.pep734.reference.runtime;

import java.util.function.Supplier;
import org.graalvm.polyglot.proxy.ProxyArray;

/**
 * Uniform answer of every host method: {@code [True, value]} or {@code [False, type, message]}. Python
 * exceptions thrown across the host boundary would arrive as foreign exceptions; a reply lets the thin
 * Python layer raise the real Python class with the exact message.
 */
final class Reply {
    private Reply() {
    }

    static Object guard(Supplier<Object> action) {
        try {
            return ok(action.get());
        } catch (GuestRaise e) {
            return ProxyArray.fromArray(false, e.pyType(), e.getMessage());
        }
    }

    static Object ok(Object value) {
        return ProxyArray.fromArray(true, value);
    }
}
