package dev.pep734.tck.process;

import dev.pep734.tck.spi.ImplementationContext;
import dev.pep734.tck.spi.ImplementationException;
import dev.pep734.tck.spi.ImplementationInfo;
import dev.pep734.tck.spi.PythonImplementation;
import dev.pep734.tck.spi.Session;
import dev.pep734.tck.spi.StartedImplementation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The process adapter: certifies any {@code python} executable by running each script in a new process.
 *
 * <p>Configuration:
 * <ul>
 *   <li>{@value #PYTHON_KEY}: path of the executable (relative paths are also tried from the parent
 *       directories, bare names on the PATH: see {@code ExecutableLocator}). When unset, CPython 3.14.3 from the Maven artifact
 *       {@code org.bytedeco:cpython:3.14.3-1.5.13:linux-x86_64} is used if that jar is on the class path
 *       (it is unpacked once under the run's work directory).</li>
 *   <li>{@value #PROFILES_KEY}: comma-separated profiles the implementation claims. When unset, it claims
 *       {@code concurrent.interpreters-3.14}, {@code concurrent.interpreters-3.14.3} and {@code howto} if {@code import concurrent.interpreters} works,
 *       else none.</li>
 * </ul>
 */
public final class ProcessImplementation implements PythonImplementation {

    /** The id this adapter is chosen by. */
    public static final String ID = "cpython";
    /** Configuration key: the python executable to certify. */
    public static final String PYTHON_KEY = "pep734.tck.python";
    /** Configuration key: the profiles claimed, comma-separated. */
    public static final String PROFILES_KEY = "pep734.tck.profiles";

    /** Does nothing: the TCK instantiates every provider just to list the ids. */
    public ProcessImplementation() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public StartedImplementation start(ImplementationContext context) throws ImplementationException {
        return start(ID, context, Map.of());
    }

    /**
     * Starts the adapter under another id with extra environment variables (the kit's self-tests run
     * deliberately broken runtimes this way).
     */
    static StartedImplementation start(String id, ImplementationContext context, Map<String, String> extraEnv)
            throws ImplementationException {
        PythonCommand command = PythonCommand.of(executable(context), extraEnv);
        ImplementationInfo info = PythonProbe.describe(id, command, context.workDirectory(),
                context.get(PROFILES_KEY));
        return new Started(info, command);
    }

    /** The configured executable, or the bundled CPython; an exception that says which key to set. */
    static Path executable(ImplementationContext context) throws ImplementationException {
        Optional<String> configured = context.get(PYTHON_KEY);
        if (configured.isPresent()) {
            String value = configured.get();
            Path cwd = Path.of("").toAbsolutePath();
            Optional<Path> found = ExecutableLocator.find(value, cwd, System.getenv("PATH"));
            if (found.isPresent()) {
                return found.get();
            }
            Path first = ExecutableLocator.candidates(value, cwd, null).stream().findFirst()
                    .orElse(Path.of(value).toAbsolutePath());
            throw new ImplementationException(PYTHON_KEY + "=" + value + ": " + first
                    + (Files.exists(first) ? " is not an executable file" : " does not exist")
                    + (Path.of(value).isAbsolute() ? "" : " (nor in any parent directory"
                            + (value.contains("/") ? "" : " or on the PATH") + ")")
                    + "; set it to a python executable");
        }
        ClassLoader loader = Optional.ofNullable(Thread.currentThread().getContextClassLoader())
                .orElse(ProcessImplementation.class.getClassLoader());
        Optional<Path> jar = BundledCPython.findJar(loader);
        if (jar.isEmpty()) {
            throw new ImplementationException("no python to run: set " + PYTHON_KEY + "=/path/to/python, or put "
                    + "org.bytedeco:cpython:3.14.3-1.5.13:linux-x86_64 on the class path");
        }
        return BundledCPython.unpack(jar.get(), context.workDirectory().resolve("cpython"));
    }

    /** A started adapter: sessions are cheap (a process is started per run, not per session). */
    private record Started(ImplementationInfo info, PythonCommand command) implements StartedImplementation {

        @Override
        public Session openSession() {
            return new ProcessSession(command, OutputCollector.DEFAULT_LIMIT);
        }

        @Override
        public void close() {
            // Nothing is shared between runs: each session kills its own process.
        }
    }
}
