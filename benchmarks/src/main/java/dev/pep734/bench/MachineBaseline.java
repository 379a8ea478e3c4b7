package dev.pep734.bench;

/**
 * How many cores the machine really gave at this moment: two plain Java threads running a CPU loop, against the
 * same loops one after the other. On a shared host this is often far below 2, and a Python speedup cannot beat it.
 */
final class MachineBaseline {

    private MachineBaseline() {
    }

    /** Sequential time / parallel time of two equal CPU loops (best of {@code tries}). */
    static double speedup(int tries) throws InterruptedException {
        long iterations = calibrate();
        double best = 0;
        for (int i = 0; i < tries; i++) {
            long t0 = System.nanoTime();
            spin(iterations);
            spin(iterations);
            long sequential = System.nanoTime() - t0;
            Thread a = new Thread(() -> spin(iterations));
            Thread b = new Thread(() -> spin(iterations));
            t0 = System.nanoTime();
            a.start();
            b.start();
            a.join();
            b.join();
            best = Math.max(best, sequential / (double) (System.nanoTime() - t0));
        }
        return best;
    }

    /** About 200 ms of work per loop. */
    private static long calibrate() {
        long n = 1_000_000;
        while (true) {
            long t0 = System.nanoTime();
            spin(n);
            long took = System.nanoTime() - t0;
            if (took > 50_000_000L) {
                return n * 200_000_000L / took;
            }
            n *= 4;
        }
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
