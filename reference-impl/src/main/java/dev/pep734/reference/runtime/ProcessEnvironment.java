package dev.pep734.reference.runtime;

import java.util.Optional;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;

/**
 * The process state, which CPython's interpreters share: each GraalPy context starts from the JVM's
 * environment and keeps its own copy, so a new interpreter is given its creator's {@code os.environ} (as
 * in CPython, where a new interpreter reads the process environment as it is at that moment, including
 * what the creator set or deleted). The current directory is process-wide too: a new interpreter starts in
 * its creator's (a later {@code os.chdir} stays with the interpreter that made it, a known gap). Like
 * CPython's, a new interpreter's {@code sys.path} starts with the main interpreter's first entry as the program
 * started: the script's directory, the current directory under {@code -m}, '' under {@code -c}.
 *
 * <p>Costs one evaluation in the creator and one hand-off to the new interpreter, whatever the environment's
 * size: the environment crosses as one string (a polyglot access per variable costs microseconds each).
 */
final class ProcessEnvironment {
    private ProcessEnvironment() {
    }

    /**
     * What a new interpreter inherits from its creator.
     *
     * @param cwd the creator's current directory
     * @param environ the creator's {@code os.environ} as {@code key NUL value NUL key NUL value ...} (the
     *     environment cannot hold NUL characters)
     */
    record Snapshot(String cwd, String environ) {
    }

    /** The process state of the context the calling thread is in. */
    static Snapshot ofCurrentContext() {
        Value state = Context.getCurrent().eval("python", """
                (lambda os=__import__('os'): (
                    os.getcwd(), '\\0'.join(k + '\\0' + v for k, v in os.environ.items())))()
                """);
        return new Snapshot(state.getArrayElement(0).asString(), state.getArrayElement(1).asString());
    }

    /**
     * Starts {@code interp} with its creator's state, the program's first path entry (if any) first on its path,
     * and what its config refuses refused as CPython 3.14.3 refuses it: daemon threads (the 'isolated' config),
     * threads, {@code os.exec*}.
     */
    static void startIn(GuestInterpreter interp, Snapshot creator, Optional<String> pathEntry,
                        InterpreterConfig config) {
        interp.onWorker(() -> {
            Value start = new PrivateNamespace(interp.context()).exec(START).get("start");
            start.execute(creator.environ(), creator.cwd(), pathEntry.orElse(null), config.allowDaemonThreads(),
                    config.allowThreads(), config.allowExec());
            return null;
        });
    }

    private static final String START = """
            def start(environ, cwd, path_entry, daemon_threads, threads, exec_allowed):
                import os, sys
                parts = environ.split('\\0')
                wanted = dict(zip(parts[0::2], parts[1::2]))
                env = os.environ
                for key in [key for key in env if key not in wanted]:
                    del env[key]
                for key, value in wanted.items():
                    if env.get(key) != value:
                        env[key] = value
                os.chdir(cwd)
                if path_entry is not None and sys.path[:1] != [path_entry]:
                    sys.path.insert(0, path_entry)
                # A fresh __main__ as CPython 3.14 makes one: no __annotations__ (annotations are lazy since 3.14;
                # GraalPy's 3.12 compiler adds the dict when code needs it) and BuiltinImporter as its loader.
                main = sys.modules['__main__']
                if not main.__dict__.get('__annotations__', True):
                    del main.__annotations__
                if getattr(main, '__loader__', None) is None:
                    from _frozen_importlib import BuiltinImporter
                    main.__loader__ = BuiltinImporter
                import _thread
                threading = sys.modules.get('threading')
                if not daemon_threads:
                    _thread.daemon_threads_allowed = lambda: False
                    if threading is not None:
                        threading._daemon_threads_allowed = _thread.daemon_threads_allowed
                if not threads:
                    def start_new_thread(*args, **kwargs):
                        raise RuntimeError('thread is not supported for isolated subinterpreters')
                    _thread.start_new_thread = _thread.start_new = start_new_thread
                    if threading is not None:
                        threading._start_new_thread = start_new_thread
                if not exec_allowed:
                    def refuse_exec(*args, **kwargs):
                        raise RuntimeError('exec not supported for isolated subinterpreters')
                    os.execv = os.execve = refuse_exec
            """;
}
