package dev.pep734.reference.runtime;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

/**
 * Two interpreters running CPU-bound loops on two threads finish in about the time of one: a context each,
 * on one shared Engine, no shared lock. Measured against a pure-Java pair at the same moment, because a
 * loaded 2-core machine cannot show parallelism at all (then the test is aborted, not passed).
 */
class ParallelismTest {
    private static final String SCRIPT = """
            import threading, time
            from concurrent import interpreters as I
            a, b = I.create(), I.create()
            loop = 'def spin(n):\\n    x = 0\\n    for i in range(n):\\n        x += i\\n    return x\\n'
            a.exec(loop); b.exec(loop)
            n = 200_000
            while True:  # calibrate: one run of about a second
                t = time.perf_counter(); a.exec(f'spin({n})'); one = time.perf_counter() - t
                if one > 0.8 or n > 50_000_000:
                    break
                n *= 2
            def timed(fn):
                t = time.perf_counter(); fn(); return time.perf_counter() - t
            code = f'spin({n})'
            def par():
                ts = [threading.Thread(target=i.exec, args=(code,)) for i in (a, b)]
                for t in ts: t.start()
                for t in ts: t.join()
            # Best of three: other processes on a shared 2-core machine only ever make a ratio worse.
            ratios = []
            for _ in range(3):
                seq = timed(lambda: (a.exec(code), b.exec(code)))
                ratios.append(timed(par) / seq)
            print(f'{min(ratios):.3f}')
            """;

    /** How often a bad ratio is measured again: other load on the machine comes and goes. */
    private static final int ATTEMPTS = 3;

    /**
     * Passes as soon as one attempt shows the interpreters in parallel. Fails only if none did although plain Java
     * ran in parallel just before and just after at least one of them (an engine lock shows in every attempt);
     * aborts if the machine could not run two threads at once around any attempt.
     */
    @Test
    void twoInterpretersRunInParallel() {
        boolean javaWasParallel = false;
        double ratio = Double.NaN;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            double javaBefore = javaBaseline();
            ratio = interpreterRatio();
            double javaAfter = javaBaseline();
            System.out.printf("attempt %d parallel/sequential: interpreters %.3f, pure Java %.3f before / %.3f after%n",
                    attempt, ratio, javaBefore, javaAfter);
            if (ratio < 0.8) {
                return;
            }
            // A bad ratio counts only when plain Java ran in parallel both just before and just after.
            javaWasParallel |= Math.max(javaBefore, javaAfter) < 0.7;
        }
        assumeTrue(javaWasParallel, "this machine could not run two threads in parallel around any attempt");
        assertTrue(ratio < 0.8, "interpreters did not run in parallel in " + ATTEMPTS + " attempts: last ratio "
                + ratio);
    }

    /** The script's best parallel/sequential ratio of two interpreters, in a fresh runtime. */
    private static double interpreterRatio() {
        return Double.parseDouble(FreshRuntime.stdoutOf(SCRIPT));
    }

    /** parallel/sequential time of two busy Java loops. */
    private static double javaBaseline() {
        long n = 400_000_000L;
        long t0 = System.nanoTime();
        spin(n);
        spin(n);
        long seq = System.nanoTime() - t0;
        Thread[] threads = {new Thread(() -> spin(n)), new Thread(() -> spin(n))};
        long t1 = System.nanoTime();
        for (Thread t : threads) {
            t.start();
        }
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return (double) (System.nanoTime() - t1) / seq;
    }

    private static volatile long sink;

    private static void spin(long n) {
        long x = 0;
        for (long i = 0; i < n; i++) {
            x += i ^ (x >>> 3);
        }
        sink = x;
    }
}
