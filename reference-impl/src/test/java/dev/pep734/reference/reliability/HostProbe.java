package dev.pep734.reference.reliability;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The guest's stdout, used as a measuring point: when the script prints a line {@value #MARK}, the JVM's
 * heap after GC and live thread count are taken inside that write, while the printing guest thread waits
 * for it. So "before" and "after" are measured at exact points of the script, with the runtime open.
 */
final class HostProbe {
    static final String MARK = "@@MEASURE@@";

    /** One measurement: used heap after GC (bytes) and live JVM threads. */
    record Sample(long heapBytes, int threads) {
        long heapMiB() {
            return heapBytes >> 20;
        }
    }

    private final List<Sample> samples = Collections.synchronizedList(new ArrayList<>());

    /** Wraps the guest's stdout; measures at each line that is exactly the mark. */
    OutputStream tap(OutputStream out) {
        return new FilterOutputStream(out) {
            private final ByteArrayOutputStream line = new ByteArrayOutputStream();

            @Override
            public synchronized void write(int b) throws IOException {
                out.write(b);
                if (b != '\n') {
                    line.write(b);
                    return;
                }
                if (line.toString(StandardCharsets.UTF_8).strip().equals(MARK)) {
                    samples.add(measure());
                }
                line.reset();
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                for (int i = off; i < off + len; i++) {
                    write(b[i]);
                }
            }
        };
    }

    List<Sample> samples() {
        return List.copyOf(samples);
    }

    /**
     * Heap after GC and thread count once both have settled: contexts' helper threads end a little
     * after close() returns, and one GC does not always free everything (soft/weak chains).
     */
    static Sample measure() {
        Sample best = null;
        for (int i = 0; i < 3; i++) {
            System.gc();
            sleep(100);
            Runtime rt = Runtime.getRuntime();
            Sample s = new Sample(rt.totalMemory() - rt.freeMemory(), ManagementFactory.getThreadMXBean().getThreadCount());
            best = best == null ? s : new Sample(Math.min(best.heapBytes, s.heapBytes), Math.min(best.threads, s.threads));
        }
        return best;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
