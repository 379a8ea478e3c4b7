package dev.pep734.reference.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;

/**
 * The process environment, which CPython's interpreters share: each GraalPy context starts from the JVM's
 * environment and keeps its own copy, so a new interpreter is given its creator's {@code os.environ} (as
 * in CPython, where a new interpreter reads the process environment as it is at that moment, including
 * what the creator set or deleted). The current directory is process-wide too: a new interpreter starts in
 * its creator's (a later {@code os.chdir} stays with the interpreter that made it, a known gap). Like
 * CPython's, a new interpreter's {@code sys.path} starts with the main script's directory.
 */
final class ProcessEnvironment {
    private ProcessEnvironment() {
    }

    /** The current directory of the context the calling thread is in. */
    static String cwdOfCurrentContext() {
        return Context.getCurrent().eval("python", "__import__('os').getcwd()").asString();
    }

    /** Starts {@code interp} in {@code cwd}, with the directory of the main script (if any) first on its path. */
    static void startIn(GuestInterpreter interp, String cwd, Optional<String> mainFile) {
        interp.onWorker(() -> {
            // A lambda, so nothing is left in the new interpreter's __main__.
            interp.context().eval("python", """
                    lambda cwd, main_file, os=__import__('os'), sys=__import__('sys'): (
                        os.chdir(cwd),
                        main_file is None
                        or (lambda first: first in sys.path or sys.path.insert(0, first))(
                            os.path.dirname(os.path.abspath(main_file))))
                    """).execute(cwd, mainFile.orElse(null));
            return null;
        });
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
