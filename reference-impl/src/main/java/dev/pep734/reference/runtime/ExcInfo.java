package dev.pep734.reference.runtime;

import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;

/**
 * The snapshot of an uncaught exception that crosses back to the caller (CPython's excinfo): type
 * {@code __name__}, {@code __qualname__}, {@code __module__}, msg, formatted, errdisplay; copied to Java
 * strings so nothing of the failed context leaks.
 */
final class ExcInfo {
    private static final int FIELDS = 6;

    private ExcInfo() {
    }

    static Object read(Value tuple) {
        Object[] fields = new Object[FIELDS];
        for (int i = 0; i < FIELDS; i++) {
            Value f = tuple.getArrayElement(i);
            fields[i] = f.isNull() ? null : f.asString();
        }
        return ProxyArray.fromArray(fields);
    }
}
