package dev.pep734.reference.runtime;

import java.util.ArrayList;
import java.util.List;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;

/**
 * The process environment, which CPython's interpreters share: each GraalPy context starts from the JVM's
 * environment and keeps its own copy, so a new interpreter is given its creator's {@code os.environ} (as
 * in CPython, where a new interpreter reads the process environment as it is at that moment, including
 * what the creator set or deleted).
 */
final class ProcessEnvironment {
    private ProcessEnvironment() {
    }

    /** The {@code os.environ} of the context the calling thread is in, as plain Java pairs. */
    static List<String[]> ofCurrentContext() {
        Value items = Context.getCurrent().eval("python", "tuple(__import__('os').environ.items())");
        List<String[]> pairs = new ArrayList<>();
        for (long i = 0; i < items.getArraySize(); i++) {
            Value pair = items.getArrayElement(i);
            pairs.add(new String[] {pair.getArrayElement(0).asString(), pair.getArrayElement(1).asString()});
        }
        return pairs;
    }

    /** Makes {@code interp}'s {@code os.environ} (and so its child processes' environment) equal to {@code pairs}. */
    static void apply(GuestInterpreter interp, List<String[]> pairs) {
        interp.onWorker(() -> {
            Value environ = interp.context().eval("python", "__import__('os').environ");
            Value keys = interp.context().eval("python", "lambda env: list(env)").execute(environ);
            List<String> wanted = new ArrayList<>();
            for (String[] pair : pairs) {
                wanted.add(pair[0]);
                environ.invokeMember("__setitem__", pair[0], pair[1]);
            }
            for (long i = 0; i < keys.getArraySize(); i++) {
                String key = keys.getArrayElement(i).asString();
                if (!wanted.contains(key)) {
                    environ.invokeMember("__delitem__", key);
                }
            }
            return null;
        });
    }
}
