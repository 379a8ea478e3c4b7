package dev.pep734.tck.process;

import dev.pep734.tck.spi.ImplementationContext;
import dev.pep734.tck.spi.ImplementationException;
import dev.pep734.tck.spi.RunResult;
import dev.pep734.tck.spi.ScriptRun;
import dev.pep734.tck.spi.Session;
import dev.pep734.tck.spi.StartedImplementation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** CPython 3.14.3 from the test class path, started once per test JVM, and scripts to run on it. */
public final class GroundTruth {

    /** Under the module's target/, shared by all tests (the unpack is reused). */
    static final Path WORK = Path.of("target", "pep734-test-work").toAbsolutePath();

    private static StartedImplementation started;

    private GroundTruth() {
    }

    static synchronized StartedImplementation cpython() throws ImplementationException {
        if (started == null) {
            started = new ProcessImplementation().start(new ImplementationContext(Map.of(), WORK));
        }
        return started;
    }

    /** The bundled CPython 3.14.3 executable, whatever {@code pep734.tck.python} the user set for the TCK run. */
    public static Path python() throws ImplementationException {
        return ProcessImplementation.executable(new ImplementationContext(Map.of(), WORK));
    }

    /** Writes {@code source} to a new file under target/ and runs it in a new session. */
    static RunResult run(String source, Duration timeout) throws ImplementationException {
        try (Session session = cpython().openSession()) {
            return session.run(ScriptRun.of(script(source), timeout));
        }
    }

    static Path script(String source) {
        try {
            Path dir = Files.createDirectories(WORK.resolve("scripts"));
            Path file = Files.createTempFile(dir, "t-", ".py");
            Files.writeString(file, source);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
