package dev.pep734.reference.runtime;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Closes a runtime from another thread while its program runs, and reports what the program's run ended as. */
final class CloseWhileRunning {

    record Closed(RunOutcome outcome, long millis) {
    }

    private CloseWhileRunning() {
    }

    /** Starts {@code program}, waits until it prints "started", lets it run 300 ms more, then closes the runtime. */
    static Closed close(String program) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PythonRuntime rt = PythonRuntime.builder().stdout(out).stderr(new ByteArrayOutputStream()).build();
        try {
            CompletableFuture<RunOutcome> run = CompletableFuture.supplyAsync(() -> rt.runCode(program, List.of()));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!out.toString(StandardCharsets.UTF_8).contains("started") && System.nanoTime() < deadline
                    && !run.isDone()) {
                Thread.sleep(50);
            }
            assertTrue(out.toString(StandardCharsets.UTF_8).contains("started"), "program did not start");
            Thread.sleep(300);
            long t0 = System.nanoTime();
            rt.close();
            RunOutcome outcome = run.get(20, TimeUnit.SECONDS);
            return new Closed(outcome, Duration.ofNanos(System.nanoTime() - t0).toMillis());
        } finally {
            rt.close();
        }
    }
}
