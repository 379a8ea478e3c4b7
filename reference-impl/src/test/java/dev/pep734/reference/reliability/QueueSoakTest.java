package dev.pep734.reference.reliability;

import dev.pep734.reference.runtime.ApiGeneration;
import org.junit.jupiter.api.Test;

/**
 * Queue soak: 4 producer and 4 consumer subinterpreters on 8 threads move items through 3 queues of
 * {@code maxsize} 4 ({@link SoakScript}). Sized by {@code pep734.soak.*}; the default runs in
 * {@code mvn verify}, the README gives the full-size command ({@code -Dpep734.soak.items=1000000}).
 */
class QueueSoakTest {
    static final SoakScript QUEUES = new SoakScript("queue_soak", ApiGeneration.PEP734, """
            from concurrent import interpreters as I

            def make(maxsize):
                q = I.create_queue(maxsize)
                return q, q

            def left(q):
                return q.qsize()

            def start(interp, code, names):
                interp.prepare_main(**names)
                interp.exec(code)
            """, "put", "get(timeout=120)", "put");

    @Test
    void everyItemArrivesExactlyOnceInProducerOrder() {
        // A loaded 2-core machine moved 600-900 items/s (measured); the time limit assumes 250.
        QUEUES.runAndCheck("soak", 8_000, 250);
    }
}
