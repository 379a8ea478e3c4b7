package dev.pep734.reference.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** close() from another thread, and runtimes in one JVM that share nothing. */
class RuntimeIsolationTest {
    private static final String BUSY_EVERYWHERE = """
            import threading
            from concurrent import interpreters as I
            q = I.create_queue()
            s = I.create()
            t = threading.Thread(target=s.exec, args=('while True: pass',))
            t.start()
            b = I.create()
            b.prepare_main(q=q)
            threading.Thread(target=b.exec, args=('q.get()',)).start()
            print('started', flush=True)
            while True:
                pass
            """;

    @Test
    void closeFromAnotherThreadCancelsMainAndSubinterpretersQuickly() throws Exception {
        CloseWhileRunning.Closed closed = CloseWhileRunning.close(BUSY_EVERYWHERE);
        RunOutcome outcome = closed.outcome();
        long millis = closed.millis();
        System.out.println("close() to outcome: " + millis + " ms");
        assertTrue(outcome.cancelled(), outcome.toString());
        assertTrue(millis < 10_000, "took " + millis + " ms");
    }

    @Test
    void runtimesRunningAtOnceShareNoIdsQueuesOrInterpreters() throws Exception {
        String script = """
                from concurrent import interpreters as I
                s = I.create(); q = I.create_queue()
                q.put('mine')
                print(s.id, q.id, [i.id for i in I.list_all()], q.get())
                """;
        CompletableFuture<String> a = CompletableFuture.supplyAsync(() -> runCapturing(script));
        CompletableFuture<String> b = CompletableFuture.supplyAsync(() -> runCapturing(script));
        assertEquals("1 1 [0, 1] mine\n", a.get(300, TimeUnit.SECONDS));
        assertEquals("1 1 [0, 1] mine\n", b.get(300, TimeUnit.SECONDS));
    }

    @Test
    void aRuntimeRunsOneProgram() {
        try (PythonRuntime rt = PythonRuntime.builder().stdout(new ByteArrayOutputStream()).build()) {
            assertEquals(0, rt.runCode("pass", List.of()).exitCode());
            org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> rt.runCode("pass", List.of()));
        }
    }

    private static String runCapturing(String code) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PythonRuntime rt = PythonRuntime.builder().stdout(out).stderr(err).build()) {
            RunOutcome outcome = rt.runCode(code, List.of());
            return out.toString(StandardCharsets.UTF_8) + (outcome.exitCode() == 0 ? "" : err.toString(StandardCharsets.UTF_8));
        }
    }
}
