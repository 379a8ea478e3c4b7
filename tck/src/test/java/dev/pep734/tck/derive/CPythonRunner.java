package dev.pep734.tck.derive;

import dev.pep734.tck.process.ProcessImplementation;
import dev.pep734.tck.spi.ImplementationContext;
import dev.pep734.tck.spi.RunResult;
import dev.pep734.tck.spi.ScriptRun;
import dev.pep734.tck.spi.Session;
import dev.pep734.tck.spi.StartedImplementation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** Runs derived scripts on CPython 3.14.3 from the test class path, through the process adapter. */
final class CPythonRunner {

    static final Path WORK = Path.of("target", "pep734-test-work").toAbsolutePath();
    private static StartedImplementation started;

    private CPythonRunner() {
    }

    static synchronized RunResult run(DerivedTest test) throws Exception {
        if (started == null) {
            started = new ProcessImplementation().start(new ImplementationContext(Map.of(), WORK));
        }
        Path dir = Files.createDirectories(WORK.resolve("derived"));
        Path script = Files.createTempFile(dir, test.segmentValue().replaceAll("[^A-Za-z0-9]", "_") + "-", ".py");
        Files.writeString(script, test.pythonSource());
        try (Session session = started.openSession()) {
            return session.run(ScriptRun.of(script, Duration.ofSeconds(30)));
        }
    }

    static Path write(String relative, String content) throws IOException {
        Path file = WORK.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }
}
