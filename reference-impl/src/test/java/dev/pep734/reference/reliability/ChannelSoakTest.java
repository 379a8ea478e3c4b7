package dev.pep734.reference.reliability;

import dev.pep734.reference.runtime.ApiGeneration;
import org.junit.jupiter.api.Test;

/**
 * The soak of {@link QueueSoakTest} through channels, for the two generations that have them: 4 producer and
 * 4 consumer subinterpreters on 8 threads, 3 channels. A channel's {@code send} waits until the item is
 * received, so a lane holds one item per producer at most (no {@code maxsize}). Sized by
 * {@code pep734.channelsoak.*} like the queue soak ({@code -Dpep734.channelsoak.items=1000000} for full size).
 */
class ChannelSoakTest {
    /** Counts what is still in a channel without waiting (channels have no qsize). */
    private static final String LEFT = """
            _EMPTY = object()

            def left(r):
                n = 0
                while r.recv_nowait(_EMPTY) is not _EMPTY:
                    n += 1
                return n
            """;

    static final SoakScript DRAFT = new SoakScript("channel_soak_draft", ApiGeneration.DRAFT, """
            import interpreters as I

            def make(maxsize):
                r, s = I.create_channel()
                return s, r

            def start(interp, code, names):
                interp.prepare_main(**names)
                interp.exec(code)
            """ + LEFT, "send", "recv(timeout=120)", "send_nowait");

    /** Python 3.9's API: no prepare_main (run() binds shareable objects), recv() without a timeout. */
    static final SoakScript SUPPORT_39 = new SoakScript("channel_soak_support39", ApiGeneration.SUPPORT_39, """
            from test.support import interpreters as I

            def make(maxsize):
                r, s = I.create_channel()
                return s, r

            def start(interp, code, names):
                interp.run(code, channels=names)
            """ + LEFT, "send", "recv()", "send_nowait");

    @Test
    void draftChannelsDeliverEveryItemOnceInProducerOrder() {
        DRAFT.runAndCheck("channelsoak", 4_000, 100);
    }

    @Test
    void support39ChannelsDeliverEveryItemOnceInProducerOrder() {
        SUPPORT_39.runAndCheck("channelsoak", 4_000, 100);
    }
}
