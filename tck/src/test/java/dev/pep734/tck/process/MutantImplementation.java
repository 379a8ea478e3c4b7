package dev.pep734.tck.process;

import dev.pep734.tck.spi.ImplementationContext;
import dev.pep734.tck.spi.ImplementationException;
import dev.pep734.tck.spi.ImplementationInfo;
import dev.pep734.tck.spi.PythonImplementation;
import dev.pep734.tck.spi.Session;
import dev.pep734.tck.spi.StartedImplementation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * For the kit's self-tests: CPython 3.14.3 with {@code concurrent.interpreters} broken in one realistic way,
 * chosen with {@value #MUTANT_KEY} (see {@link Mutant}). The TCK must fail on every mutant.
 *
 * <p>It is the process adapter with a {@code PYTHONPATH} that holds the mutant's {@code sitecustomize.py}.
 */
public final class MutantImplementation implements PythonImplementation {

    /** Configuration key: which mutant, e.g. {@code queue-lifo}. */
    public static final String MUTANT_KEY = "pep734.tck.mutant";

    /** Does nothing; the TCK instantiates every provider to list the ids. */
    public MutantImplementation() {
    }

    @Override
    public String id() {
        return "cpython-mutant";
    }

    @Override
    public StartedImplementation start(ImplementationContext context) throws ImplementationException {
        String known = Arrays.stream(Mutant.values()).map(Mutant::id).collect(Collectors.joining(", "));
        String name = context.get(MUTANT_KEY).orElseThrow(() -> new ImplementationException(
                "set " + MUTANT_KEY + " to one of: " + known));
        Mutant mutant = Mutant.named(name).orElseThrow(() -> new ImplementationException(
                MUTANT_KEY + "=" + name + " is unknown; use one of: " + known));
        Path dir = context.workDirectory().resolve("mutants").resolve(mutant.id());
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("sitecustomize.py"), mutant.sitecustomize());
        } catch (IOException e) {
            throw new ImplementationException("cannot write the mutant under " + dir + ": " + e.getMessage(), e);
        }
        StartedImplementation started = ProcessImplementation.start(id(), context,
                Map.of("PYTHONPATH", dir.toString()));
        ImplementationInfo info = started.info();
        ImplementationInfo renamed = new ImplementationInfo(info.id(), info.name() + " (mutant " + mutant.id()
                + ": " + mutant.description() + ")", info.version(), info.vendor(), info.runtime(), info.profiles());
        return new Renamed(renamed, started);
    }

    private record Renamed(ImplementationInfo info, StartedImplementation delegate) implements StartedImplementation {

        @Override
        public Session openSession() throws ImplementationException {
            return delegate.openSession();
        }

        @Override
        public void close() {
            delegate.close();
        }
    }
}
