package dev.pep734.reference.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pool of blank contexts: each handed out once, per key, refilled in the background, closed when unused. */
class ContextPoolTest {

    private static final ContextPool.Key PEP734 = new ContextPool.Key(ApiGeneration.PEP734, ContextPool.Role.MAIN);
    private static final ContextPool.Key DRAFT = new ContextPool.Key(ApiGeneration.DRAFT, ContextPool.Role.MAIN);

    @TempDir
    Path dir;

    private static void awaitReady(ContextPool<?> pool, ContextPool.Key key, int count) throws InterruptedException {
        long deadline = System.nanoTime() + 300_000_000_000L;
        while (pool.ready(key) < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        int ready = pool.ready(key);
        // The pool may already hold more than asked for (the shared one fills to its target in the background).
        assertTrue(ready >= count, "the pool did not fill in time: " + ready + " ready, waited for " + count);
    }

    @Test
    void everyTakeGetsItsOwnItemAndThePoolRefillsPerKey() throws Exception {
        AtomicInteger made = new AtomicInteger();
        Set<Object> discarded = ConcurrentHashMap.newKeySet();
        ContextPool<String> pool = new ContextPool<>(2, 2, key -> key.generation() + "#" + made.incrementAndGet(),
                discarded::add);
        String first = pool.take(PEP734);          // nothing ready yet: built on this thread
        awaitReady(pool, PEP734, 2);
        String second = pool.take(PEP734);
        String third = pool.take(PEP734);
        assertNotSame(second, third);
        assertTrue(List.of(first, second, third).stream().distinct().count() == 3, "never handed out twice");
        assertEquals(0, pool.ready(DRAFT), "a key nobody asked for is not filled");
        pool.warm(DRAFT);
        awaitReady(pool, DRAFT, 2);
        assertTrue(pool.take(DRAFT).startsWith("DRAFT#"));
        awaitReady(pool, PEP734, 2);
        pool.close();
        assertEquals(0, pool.ready(PEP734));
        assertTrue(discarded.size() >= 3, "unused items are closed: " + discarded);
    }

    @Test
    void everyMissKeepsOneMoreReadyUpToTheCeiling() throws Exception {
        // The filler builds only once the gate opens, so every take before that is a miss, built on this thread.
        Semaphore gate = new Semaphore(0);
        AtomicInteger made = new AtomicInteger();
        ContextPool<Integer> pool = new ContextPool<>(1, 3, key -> {
            if (Thread.currentThread().getName().equals("pep734-context-pool")) {
                gate.acquireUninterruptibly();
            }
            return made.incrementAndGet();
        }, i -> { });
        assertEquals(1, pool.target(PEP734));
        pool.take(PEP734);
        assertEquals(2, pool.target(PEP734), "a miss keeps one more ready");
        pool.take(PEP734);
        pool.take(PEP734);
        assertEquals(3, pool.target(PEP734), "never beyond the ceiling");
        assertEquals(1, pool.target(DRAFT), "per key");
        gate.release(1000);
        awaitReady(pool, PEP734, 3);
        Thread.sleep(200);
        assertEquals(3, pool.ready(PEP734), "filled to the grown target, not beyond");
        pool.take(PEP734);
        assertEquals(3, pool.target(PEP734), "a take that finds one ready does not grow the pool");
        pool.close();
    }

    @Test
    void targetZeroBuildsOnTheCallersThreadAndKeepsNothing() throws Exception {
        ContextPool<Thread> pool = new ContextPool<>(0, 8, key -> Thread.currentThread(), t -> { });
        assertEquals(Thread.currentThread(), pool.take(PEP734));
        pool.warm(PEP734);
        Thread.sleep(50);
        assertEquals(0, pool.ready(PEP734));
    }

    @Test
    void aPooledContextTakesTheRuntimesStreamsDirectoryAndArgv() throws Exception {
        ContextPool.shared().warm(PEP734);
        awaitReady(ContextPool.shared(), PEP734, Math.min(1, ContextPool.shared().target()));
        Files.writeString(dir.resolve("data.txt"), "here\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PythonRuntime python = PythonRuntime.builder().stdout(out).stderr(out).workingDirectory(dir).build()) {
            RunOutcome outcome = python.runCode("""
                    import os, sys
                    from concurrent import interpreters
                    print(open('data.txt').read().strip(), sys.argv)
                    sub = interpreters.create()
                    sub.exec("import os, sys; print('sub', os.path.exists('data.txt'), sys.argv)")
                    sub.close()
                    """, List.of("x"));
            assertEquals(0, outcome.exitCode(), out.toString(StandardCharsets.UTF_8));
        }
        assertEquals("here ['-c', 'x']\nsub True ['-c', 'x']\n", out.toString(StandardCharsets.UTF_8));
    }
}
