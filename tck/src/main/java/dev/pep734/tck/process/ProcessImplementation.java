package dev.pep734.tck.process;

import dev.pep734.tck.spi.ImplementationContext;
import dev.pep734.tck.spi.ImplementationException;
import dev.pep734.tck.spi.ImplementationInfo;
import dev.pep734.tck.spi.ModuleAliases;
import dev.pep734.tck.spi.PythonImplementation;
import dev.pep734.tck.spi.Session;
import dev.pep734.tck.spi.StartedImplementation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
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
 *   <li>{@value #BUNDLED_KEY}: with no {@value #PYTHON_KEY}, the version of the {@code org.bytedeco:cpython}
 *       artifact to take from the class path (e.g. {@code 3.12.1-1.5.10}), when several are there. Set by a
 *       release run ({@code pep734.tck.release}). Looked for on the class path, then in {@value #JARS_KEY} (a
 *       directory), then in the local Maven repository.</li>
 *   <li>{@value #RUN_ID_KEY} and {@value #RUN_NAME_KEY}: the id and display name the run gives the Python
 *       (certificate, reports, the folder of its outputs). Default: its {@code sys.implementation.name}
 *       ({@code cpython}, {@code pypy}, ...) and {@code platform.python_implementation()}.</li>
 *   <li>{@link ModuleAliases#KEY}: module names mapped in every interpreter (a generated
 *       {@code sitecustomize.py} first on {@code PYTHONPATH}).</li>
 * </ul>
 */
public final class ProcessImplementation implements PythonImplementation {

    /** The id this adapter is chosen by. */
    public static final String ID = "cpython";
    /** Configuration key: the python executable to certify. */
    public static final String PYTHON_KEY = "pep734.tck.python";
    /** Configuration key: the profiles claimed, comma-separated. */
    public static final String PROFILES_KEY = "pep734.tck.profiles";
    /** Configuration key: the version of the bundled CPython artifact to use, when no python is given. */
    public static final String BUNDLED_KEY = "pep734.tck.python.bundled";
    /** Configuration key: a directory of {@code cpython-VERSION-linux-x86_64.jar} files (older releases). */
    public static final String JARS_KEY = "pep734.tck.python.jars";
    /** Configuration key: the id the run gives the Python under test. */
    public static final String RUN_ID_KEY = "pep734.tck.process.id";
    /** Configuration key: the display name the run gives the Python under test. */
    public static final String RUN_NAME_KEY = "pep734.tck.process.name";

    /** Does nothing: the TCK instantiates every provider just to list the ids. */
    public ProcessImplementation() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public StartedImplementation start(ImplementationContext context) throws ImplementationException {
        return start(context.get(RUN_ID_KEY).orElse(""), context, Map.of());
    }

    /**
     * Starts the adapter under another id (blank: the Python's own {@code sys.implementation.name}, so that a
     * PyPy is not labelled {@code cpython}) with extra environment variables (the kit's self-tests run
     * deliberately broken runtimes this way).
     */
    static StartedImplementation start(String id, ImplementationContext context, Map<String, String> extraEnv)
            throws ImplementationException {
        PythonCommand command = PythonCommand.of(executable(context), withAliases(id, context, extraEnv));
        ImplementationInfo probed = PythonProbe.describe(id, command, context.workDirectory(),
                context.get(PROFILES_KEY));
        ImplementationInfo info = context.get(RUN_NAME_KEY).map(name -> new ImplementationInfo(probed.id(), name,
                probed.version(), probed.vendor(), probed.runtime(), probed.profiles())).orElse(probed);
        return new Started(info, command);
    }

    /** The environment plus, when module names are mapped, their sitecustomize directory first on PYTHONPATH. */
    private static Map<String, String> withAliases(String id, ImplementationContext context,
                                                   Map<String, String> extraEnv) throws ImplementationException {
        ModuleAliases aliases;
        try {
            aliases = ModuleAliases.of(context);
        } catch (IllegalArgumentException e) {
            throw new ImplementationException(e.getMessage(), e);
        }
        if (aliases.isEmpty()) {
            return extraEnv;
        }
        Path site;
        try {
            // One directory per run id: runs of other releases with other mappings may share the work directory.
            site = aliases.writeSiteDirectory(context.workDirectory().resolve("module-aliases")
                    .resolve(id.replaceAll("[^A-Za-z0-9._-]", "_")));
        } catch (IOException e) {
            throw new ImplementationException("cannot write the module aliases' sitecustomize.py under "
                    + context.workDirectory() + ": " + e.getMessage(), e);
        }
        Map<String, String> env = new HashMap<>(extraEnv);
        env.merge("PYTHONPATH", site.toString(), (given, ours) -> ours + java.io.File.pathSeparator + given);
        return env;
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
        Optional<String> version = context.get(BUNDLED_KEY);
        List<Path> directories = context.get(JARS_KEY).map(d -> List.of(Path.of(d))).orElse(List.of());
        Optional<Path> jar = BundledCPython.findJar(loader, version, directories);
        if (jar.isEmpty()) {
            String wanted = "org.bytedeco:cpython:" + version.orElse(BundledCPython.DEFAULT_VERSION) + ":linux-x86_64";
            throw new ImplementationException("no python to run: set " + PYTHON_KEY + "=/path/to/python, or put "
                    + wanted + " on the class path" + (version.isEmpty() ? "" : ", in " + JARS_KEY + "="
                    + directories.stream().findFirst().map(Path::toString).orElse("DIR") + " or in the local Maven "
                    + "repository (mvn dependency:get -Dartifact=" + wanted.replaceFirst(":linux-x86_64$",
                            ":jar:linux-x86_64") + ")") + BundledCPython.listing(loader));
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
