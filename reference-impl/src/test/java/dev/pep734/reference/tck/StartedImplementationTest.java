package dev.pep734.reference.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pep734.tck.spi.ImplementationContext;
import dev.pep734.tck.spi.Outcome;
import dev.pep734.tck.spi.PythonImplementation;
import dev.pep734.tck.spi.RunResult;
import dev.pep734.tck.spi.ScriptRun;
import dev.pep734.tck.spi.Session;
import dev.pep734.tck.spi.StartedImplementation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The provider as the TCK uses it: found by id, started, sessions opened, everything stopped by close(). */
class StartedImplementationTest {

    @Test
    void closingTheImplementationStopsAScriptThatStillRuns(@TempDir Path dir) throws Exception {
        PythonImplementation provider = ServiceLoader.load(PythonImplementation.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(implementation -> implementation.id().equals("reference"))
                .findFirst().orElseThrow();
        Path script = Files.writeString(dir.resolve("spin.py"), """
                import sys
                from concurrent import interpreters
                interpreters.create()
                print(len(interpreters.list_all()), flush=True)
                open(sys.argv[1], "w").close()
                while True:
                    pass
                """);
        Path looping = dir.resolve("looping");
        StartedImplementation started = provider.start(new ImplementationContext(Map.of(), dir));
        Session session = started.openSession();
        CompletableFuture<RunResult> run = CompletableFuture.supplyAsync(
                () -> session.run(new ScriptRun(script, dir, List.of(looping.toString()), Duration.ofMinutes(5))));
        // The script says when it is in its loop (with a subinterpreter alive), so close() hits a running script.
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (!Files.exists(looping) && !run.isDone() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertTrue(Files.exists(looping), "the script reached its loop");
        long start = System.nanoTime();
        started.close();
        RunResult result = run.get(1, TimeUnit.MINUTES);
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(15).toNanos(), "close stopped the run promptly");
        assertEquals(Outcome.TIMED_OUT, result.outcome(), result.stderr());
        assertEquals("2\n", result.stdout());
        assertTrue(result.stderr().endsWith("the session was closed while the script ran"), result.stderr());
        assertFalse(session.isUsable());
    }
}
