package dev.pep734.reference.reliability;

import static dev.pep734.reference.reliability.GuestRun.asLong;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pep734.reference.runtime.ApiGeneration;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Lifecycle churn: create / exec / close cycles, first one after another, then from several threads at
 * once, with the JVM's heap after GC and thread count measured before and after (at marks the
 * script prints, see {@link HostProbe}). The bounds are stated here and in the README: after the cycles,
 * at most {@value #THREAD_BOUND} more live threads and {@value #HEAP_BOUND_MIB} MiB more heap than before.
 * Full size: {@code -Dpep734.churn.cycles=10000}.
 */
class LifecycleChurnTest {
    /** Threads a runtime may legitimately keep (pools, reference handlers) beyond the start count. */
    static final int THREAD_BOUND = 8;
    /** Heap a runtime may legitimately keep (caches) beyond the start; a context costs ~7 MiB, so a leak of
     * even 1 context in 100 shows at full size. */
    static final int HEAP_BOUND_MIB = 96;

    private static final String SCRIPT = """
            import sys, threading, time
            from concurrent import interpreters as I

            def cycle(i):
                s = I.create()
                try:
                    s.prepare_main(i=i)
                    s.exec('x = i * 2\\nassert x == 2 * i')
                finally:
                    s.close()

            def main():
                sequential, nthreads, per_thread = map(int, sys.argv[1:4])
                for i in range(3):  # warm-up: the first contexts unpack and load the stdlib
                    cycle(i)
                print('@@MEASURE@@', flush=True)  # the host measures "before" inside this write
                t0 = time.monotonic()
                for i in range(sequential):
                    cycle(i)
                t1 = time.monotonic()
                errors = []
                done = [0] * nthreads

                def worker(w):
                    for i in range(per_thread):
                        try:
                            cycle(i)
                            done[w] += 1
                        except Exception as e:
                            errors.append(repr(e))

                threads = [threading.Thread(target=worker, args=(w,)) for w in range(nthreads)]
                for t in threads:
                    t.start()
                for t in threads:
                    t.join()
                t2 = time.monotonic()
                live = len(I.list_all())
                print('@@MEASURE@@', flush=True)  # ...and "after"
                print('CHURN', f'sequential={sequential} threaded={sum(done)} threads={nthreads}',
                      f'errors={len(errors)} live_after={live}',
                      f'sequential_ms={int((t1 - t0) * 1000)} threaded_ms={int((t2 - t1) * 1000)}')
                for e in errors[:10]:
                    print('ERROR', e)

            if __name__ == '__main__':
                main()
            """;

    @Test
    void cyclesLeaveHeapAndThreadsWithinBounds() {
        long cycles = GuestRun.size("pep734.churn.cycles", 8);
        int threads = (int) GuestRun.size("pep734.churn.threads", 2);
        long sequential = cycles / 2;
        long perThread = (cycles - sequential) / threads;
        // A cycle builds a context and loads our helpers in it: ~1-2 s on a quiet 2-core machine, 10-20 s
        // when it is saturated (measured); the limit allows the latter, plus start-up.
        Duration limit = GuestRun.limit("pep734.churn.limit.seconds", 300 + cycles * 30);
        HostProbe probe = new HostProbe();

        GuestRun run = GuestRun.run("lifecycle_churn.py", SCRIPT, ApiGeneration.PEP734,
                List.of(String.valueOf(sequential), String.valueOf(threads), String.valueOf(perThread)), limit, probe::tap)
                .assertSucceeded();
        Map<String, String> f = run.figures("CHURN");
        List<HostProbe.Sample> samples = probe.samples();
        assertEquals(2, samples.size(), "the script measures twice");
        HostProbe.Sample before = samples.get(0);
        HostProbe.Sample after = samples.get(1);
        System.out.printf("[lifecycle churn] %s heap_before_mib=%d heap_after_mib=%d threads_before=%d threads_after=%d"
                        + " wall_ms=%d%n", f, before.heapMiB(), after.heapMiB(), before.threads(), after.threads(),
                run.elapsed().toMillis());

        assertEquals(0, asLong(f, "errors"), run.stdout());
        assertEquals(sequential, asLong(f, "sequential"));
        assertEquals(perThread * threads, asLong(f, "threaded"));
        assertEquals(1, asLong(f, "live_after"), "only main is left");
        assertTrue(after.threads() <= before.threads() + THREAD_BOUND,
                "threads " + before.threads() + " -> " + after.threads());
        assertTrue(after.heapMiB() <= before.heapMiB() + HEAP_BOUND_MIB,
                "heap MiB " + before.heapMiB() + " -> " + after.heapMiB());
    }
}
