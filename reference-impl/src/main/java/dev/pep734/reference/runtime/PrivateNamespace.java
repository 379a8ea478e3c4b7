package dev.pep734.reference.runtime;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;

/**
 * A fresh dict of a context to run our own Python snippets in, with the names the host puts there: nothing a snippet
 * defines lands in the interpreter's {@code __main__}, where the TCK would see it (a name left there once failed three
 * {@code must} tests). Used on the thread that may enter the context.
 */
final class PrivateNamespace {
    private final Value builtins;
    private final Value namespace;

    PrivateNamespace(Context context) {
        builtins = context.eval("python", "__import__('builtins')");
        namespace = builtins.getMember("dict").execute();
    }

    /** Binds {@code name} for the snippets run after. */
    PrivateNamespace put(String name, Object value) {
        namespace.putHashEntry(name, value);
        return this;
    }

    /** Runs {@code source} with this namespace as its globals. */
    PrivateNamespace exec(String source) {
        builtins.getMember("exec").execute(source, namespace);
        return this;
    }

    /** What a snippet bound to {@code name}. */
    Value get(String name) {
        return namespace.getHashValue(name);
    }
}
