package dev.pep734.reference.xi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The channel core without any Python, with real threads: rendezvous sends, order, closing, unbound items. */
class XiChannelTest {
    private static final long FOREVER = -1;
    private final ChannelRegistry registry = new ChannelRegistry();

    private static QueueItem item(long value, long owner) {
        return new QueueItem(new XiValue.Int(value), owner, UnboundPolicy.REPLACE);
    }

    private static long value(QueueItem item) {
        return ((XiValue.Int) item.value()).value();
    }


    @Test
    void idsStartAtZeroAndDestroyedChannelsAreNotFound() {
        assertEquals(0, registry.create(UnboundPolicy.REPLACE).id());
        assertEquals(1, registry.create(UnboundPolicy.REPLACE).id());
        registry.destroy(0);
        ChannelFailure f = assertThrows(ChannelFailure.class, () -> registry.require(0));
        assertEquals(ChannelFailure.Kind.NOT_FOUND, f.kind());
        assertEquals("channel 0 not found", f.getMessage());
        assertThrows(ChannelFailure.class, () -> registry.destroy(0));
    }

    @Test
    void blockingSendReturnsOnlyOnceReceived() throws Exception {
        XiChannel ch = registry.create(UnboundPolicy.REPLACE);
        BlockingCall<Boolean> send = BlockingCall.start(() -> ch.send(item(7, 1), true, FOREVER)).awaitWaiting();
        assertEquals(1, ch.info().count());
        assertEquals(7, value(ch.recv(0, FOREVER)));
        assertTrue(send.result().get(30, TimeUnit.SECONDS));
    }

    @Test
    void nonBlockingSendSaysWhetherAReceiverWasWaiting() throws Exception {
        XiChannel ch = registry.create(UnboundPolicy.REPLACE);
        assertFalse(ch.send(item(1, 0), false, 0), "nobody receiving: queued, not received");
        assertEquals(1, value(ch.recv(0, 0)));
        BlockingCall<QueueItem> recv = BlockingCall.start(() -> ch.recv(1, FOREVER)).awaitWaiting();
        assertTrue(ch.send(item(2, 0), false, 0), "a receiver was waiting");
        assertEquals(2, value(recv.result().get(30, TimeUnit.SECONDS)));
    }

    @Test
    void emptyAndTimeouts() throws Exception {
        XiChannel ch = registry.create(UnboundPolicy.REPLACE);
        ChannelFailure empty = assertThrows(ChannelFailure.class, () -> ch.recv(0, 0));
        assertEquals(ChannelFailure.Kind.EMPTY, empty.kind());
        assertEquals("channel 0 is empty", empty.getMessage());
        long start = System.nanoTime();
        assertEquals(ChannelFailure.Kind.TIMEOUT,
                assertThrows(ChannelFailure.class, () -> ch.recv(0, TimeUnit.MILLISECONDS.toNanos(200))).kind());
        assertTrue(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(190));
        assertEquals(ChannelFailure.Kind.TIMEOUT, assertThrows(ChannelFailure.class,
                () -> ch.send(item(1, 0), true, TimeUnit.MILLISECONDS.toNanos(200))).kind());
        assertEquals(0, ch.info().count(), "a send that timed out withdraws its item");
    }

    @Test
    void severalSendersKeepTheirOwnOrder() throws Exception {
        XiChannel ch = registry.create(UnboundPolicy.REPLACE);
        int senders = 3;
        int each = 200;
        List<CompletableFuture<Boolean>> running = new ArrayList<>();
        for (int s = 1; s <= senders; s++) {
            long owner = s;
            running.add(BlockingCall.start(() -> {
                for (int i = 0; i < each; i++) {
                    // Alternate blocking and non-blocking sends: both keep the sender's order.
                    ch.send(item(owner * 10_000 + i, owner), i % 2 == 0, FOREVER);
                }
                return true;
            }).result());
        }
        Map<Long, List<Long>> seen = new HashMap<>();
        for (int n = 0; n < senders * each; n++) {
            long v = value(ch.recv(0, TimeUnit.SECONDS.toNanos(10)));
            seen.computeIfAbsent(v / 10_000, k -> new ArrayList<>()).add(v % 10_000);
        }
        for (CompletableFuture<Boolean> f : running) {
            assertTrue(f.get(10, TimeUnit.SECONDS));
        }
        assertEquals(senders, seen.size());
        for (List<Long> got : seen.values()) {
            assertEquals(each, got.size());
            for (int i = 0; i < each; i++) {
                assertEquals(i, got.get(i));
            }
        }
    }

    @Test
    void closingAnEmptyChannelClosesBothEnds() {
        XiChannel ch = registry.create(UnboundPolicy.REPLACE);
        ch.close(false, true, false);
        assertTrue(ch.info().closed());
        assertEquals("channel 0 is closed", assertThrows(ChannelFailure.class, () -> ch.send(item(1, 0), false, 0)).getMessage());
        assertEquals(ChannelFailure.Kind.CLOSED, assertThrows(ChannelFailure.class, () -> ch.recv(0, 0)).kind());
        assertEquals(ChannelFailure.Kind.CLOSED, assertThrows(ChannelFailure.class, () -> ch.close(true, false, false)).kind());
    }

    @Test
    void closingTheSendEndLetsReceiversDrain() throws Exception {
        XiChannel ch = registry.create(UnboundPolicy.REPLACE);
        ch.send(item(1, 0), false, 0);
        ch.send(item(2, 0), false, 0);
        ChannelFailure notEmpty = assertThrows(ChannelFailure.class, () -> ch.close(false, true, false));
        assertEquals(ChannelFailure.Kind.NOT_EMPTY, notEmpty.kind());
        assertEquals("channel 0 may not be closed if not empty (try force=True)", notEmpty.getMessage());
        assertEquals(ChannelFailure.Kind.NOT_EMPTY, assertThrows(ChannelFailure.class, () -> ch.close(false, false, false)).kind());
        ch.close(true, false, false);
        assertTrue(ch.info().closing());
        assertEquals(ChannelFailure.Kind.CLOSED, assertThrows(ChannelFailure.class, () -> ch.send(item(3, 0), false, 0)).kind());
        assertEquals(1, value(ch.recv(0, 0)));
        assertEquals(2, value(ch.recv(0, 0)));
        assertTrue(ch.info().closed());
    }

    @Test
    void forceCloseWakesABlockedSenderAndReceiver() throws Exception {
        XiChannel ch = registry.create(UnboundPolicy.REPLACE);
        BlockingCall<Boolean> send = BlockingCall.start(() -> ch.send(item(1, 1), true, FOREVER)).awaitWaiting();
        ch.close(false, false, true);
        ExecutionException e = assertThrows(ExecutionException.class, () -> send.result().get(30, TimeUnit.SECONDS));
        assertEquals("channel 0 has closed", e.getCause().getMessage());
        XiChannel other = registry.create(UnboundPolicy.REPLACE);
        BlockingCall<QueueItem> recv = BlockingCall.start(() -> other.recv(0, FOREVER)).awaitWaiting();
        registry.destroy(other.id());
        e = assertThrows(ExecutionException.class, () -> recv.result().get(30, TimeUnit.SECONDS));
        assertEquals(ChannelFailure.Kind.CLOSED, ((ChannelFailure) e.getCause()).kind());
    }

    @Test
    void destroyedSenderLeavesUnboundItemsWhileOthersHoldEnds() throws Exception {
        XiChannel ch = registry.create(UnboundPolicy.REPLACE);
        ch.send(item(0, 0), false, 0);          // interpreter 0 holds the send end
        assertEquals(0, value(ch.recv(0, 0)));  // and the receive end
        ch.send(new QueueItem(new XiValue.Int(1), 5, UnboundPolicy.REPLACE), false, 0);
        ch.send(new QueueItem(new XiValue.Int(2), 5, UnboundPolicy.REMOVE), false, 0);
        ch.send(new QueueItem(new XiValue.Int(3), 5, UnboundPolicy.ERROR), false, 0);
        registry.interpreterDestroyed(5);
        assertTrue(ch.info().open());
        assertEquals(2, ch.info().count());
        QueueItem replaced = ch.recv(0, 0);
        assertNull(replaced.value());
        assertEquals(UnboundPolicy.REPLACE, replaced.policy());
        assertEquals(UnboundPolicy.ERROR, ch.recv(0, 0).policy());
        assertEquals(1, ch.info().numSendReleased());
    }

    @Test
    void releasingTheLastOpenEndClosesTheChannel() throws Exception {
        XiChannel ch = registry.create(UnboundPolicy.REPLACE);
        ch.send(item(1, 3), false, 0);
        registry.interpreterDestroyed(3);
        assertTrue(ch.info().closed(), "CPython: nobody holds an end any more");
        assertEquals(0, ch.info().count());
        XiChannel other = registry.create(UnboundPolicy.REPLACE);
        other.release(0, true, false);
        assertTrue(other.info().closed());
        assertEquals(List.of(), registry.open());
    }
}
