package dev.pep734.reference.xi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The queue core without any Python: order, bounds, timeouts, prompt wake-up, unbound policies. */
class XiQueueTest {
    private final QueueRegistry registry = new QueueRegistry();

    private static QueueItem item(long value, long owner, UnboundPolicy policy) {
        return new QueueItem(new XiValue.Int(value), owner, policy);
    }

    @Test
    void idsStartAtOneAndUnknownIdsAreNotFound() {
        assertEquals(1, registry.create(0, UnboundPolicy.REPLACE).id());
        assertEquals(2, registry.create(0, UnboundPolicy.REPLACE).id());
        registry.destroy(1);
        assertEquals(3, registry.create(0, UnboundPolicy.REPLACE).id());
        QueueFailure f = assertThrows(QueueFailure.class, () -> registry.require(1));
        assertEquals(QueueFailure.Kind.NOT_FOUND, f.kind());
        assertEquals("queue 1 not found", f.getMessage());
    }

    @Test
    void fifoBoundedAndNonBlockingFailures() throws Exception {
        XiQueue q = registry.create(2, UnboundPolicy.REPLACE);
        q.put(item(1, 0, UnboundPolicy.REPLACE), 0);
        q.put(item(2, 0, UnboundPolicy.REPLACE), 0);
        assertTrue(q.isFull());
        QueueFailure full = assertThrows(QueueFailure.class, () -> q.put(item(3, 0, UnboundPolicy.REPLACE), 0));
        assertEquals("queue 1 is full", full.getMessage());
        assertEquals(new XiValue.Int(1), q.get(0).value());
        assertEquals(new XiValue.Int(2), q.get(0).value());
        QueueFailure empty = assertThrows(QueueFailure.class, () -> q.get(0));
        assertEquals(QueueFailure.Kind.EMPTY, empty.kind());
        assertEquals("queue 1 is empty", empty.getMessage());
    }

    @Test
    void zeroOrNegativeMaxsizeIsUnbounded() throws Exception {
        XiQueue q = registry.create(-1, UnboundPolicy.REPLACE);
        for (int i = 0; i < 1000; i++) {
            q.put(item(i, 0, UnboundPolicy.REPLACE), 0);
        }
        assertEquals(1000, q.size());
        assertEquals(-1, q.maxsize());
    }

    @Test
    void timedGetWaitsItsTimeThenFails() {
        XiQueue q = registry.create(0, UnboundPolicy.REPLACE);
        long t0 = System.nanoTime();
        assertThrows(QueueFailure.class, () -> q.get(TimeUnit.MILLISECONDS.toNanos(300)));
        long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        // The upper bound is a hang guard only: a loaded machine may wake the thread late.
        assertTrue(waited >= 290 && waited < 10_000, "waited " + waited);
    }

    /**
     * Prompt wake-up without measuring it (a wake-up latency bound flakes on a loaded machine): the blocked get
     * waits on a condition with no time limit, which only a signal ends, so it cannot be polling; the put must
     * then wake it (a missing signal hangs until the guard below).
     */
    @Test
    void blockedGetWaitsForASignalAndThePutWakesIt() throws Exception {
        XiQueue q = registry.create(0, UnboundPolicy.REPLACE);
        BlockingCall<QueueItem> taker = BlockingCall.start(() -> q.get(-1)).awaitWaiting();
        q.put(item(7, 0, UnboundPolicy.REPLACE), -1);
        assertEquals(new XiValue.Int(7), taker.result().get(30, TimeUnit.SECONDS).value());
    }

    @Test
    void destroyedOwnerUnbindsOrRemovesItsItemsPerPolicy() throws Exception {
        XiQueue q = registry.create(0, UnboundPolicy.REPLACE);
        q.put(item(1, 0, UnboundPolicy.REPLACE), 0);
        q.put(item(2, 5, UnboundPolicy.REPLACE), 0);
        q.put(item(3, 5, UnboundPolicy.ERROR), 0);
        q.put(item(4, 5, UnboundPolicy.REMOVE), 0);
        q.put(item(5, 6, UnboundPolicy.REMOVE), 0);
        registry.interpreterDestroyed(5);
        assertEquals(4, q.size());
        List<QueueItem> got = List.of(q.get(0), q.get(0), q.get(0), q.get(0));
        assertEquals(new XiValue.Int(1), got.get(0).value());
        assertTrue(got.get(1).isUnbound() && got.get(1).policy() == UnboundPolicy.REPLACE);
        assertTrue(got.get(2).isUnbound() && got.get(2).policy() == UnboundPolicy.ERROR);
        assertEquals(new XiValue.Int(5), got.get(3).value());
    }

    @Test
    void removingItemsWakesABlockedPut() throws Exception {
        XiQueue q = registry.create(1, UnboundPolicy.REMOVE);
        q.put(item(1, 9, UnboundPolicy.REMOVE), 0);
        BlockingCall<Void> putter = BlockingCall.<Void>start(() -> {
            q.put(item(2, 0, UnboundPolicy.REMOVE), -1);
            return null;
        }).awaitWaiting();
        registry.interpreterDestroyed(9);
        putter.result().get(30, TimeUnit.SECONDS);
        assertEquals(new XiValue.Int(2), q.get(0).value());
    }

    @Test
    void policyCodesMatchCpython() {
        assertEquals(UnboundPolicy.REMOVE, UnboundPolicy.of(1).orElseThrow());
        assertEquals(UnboundPolicy.ERROR, UnboundPolicy.of(2).orElseThrow());
        assertEquals(UnboundPolicy.REPLACE, UnboundPolicy.of(3).orElseThrow());
        assertTrue(UnboundPolicy.of(0).isEmpty() && UnboundPolicy.of(4).isEmpty());
    }

    @Test
    void valuesAreDefensiveCopies() {
        byte[] data = {1, 2};
        XiValue.Bytes b = new XiValue.Bytes(data);
        data[0] = 9;
        assertEquals(1, b.value()[0]);
        b.value()[1] = 9;
        assertEquals(2, b.value()[1]);
        // The receiver's view is not a copy, so it must not be writable either.
        java.nio.ByteBuffer view = b.view();
        assertTrue(view.isReadOnly());
        assertEquals(2, view.remaining());
        assertEquals(1, view.get(0));
        assertThrows(java.nio.ReadOnlyBufferException.class, () -> view.put(0, (byte) 5));
        assertEquals(1, new XiValue.Pickled(data).view().remaining() - 1);
        assertTrue(new XiValue.Function(data, "f", "f").view().isReadOnly());
    }
}
