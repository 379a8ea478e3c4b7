package dev.pep734.tck.process;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Drains one output stream of a child process on its own thread, keeping at most {@code limit} bytes.
 *
 * <p>Both streams must be drained at the same time: a child blocked on a full stderr pipe never ends
 * its stdout. Bytes beyond the limit are read and counted but not kept, so a script that prints
 * 100 MB costs the TCK 1 MiB of memory and still finishes.
 */
final class OutputCollector implements Runnable {

    /** What a run keeps of each stream. */
    static final int DEFAULT_LIMIT = 1 << 20;

    private final InputStream in;
    private final int limit;
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private long dropped;
    private final Thread thread;

    private OutputCollector(InputStream in, int limit, String name) {
        this.in = in;
        this.limit = limit;
        this.thread = new Thread(this, name);
        // Daemon: a grandchild that keeps the pipe open must not keep the JVM alive.
        thread.setDaemon(true);
    }

    static OutputCollector start(InputStream in, int limit, String name) {
        OutputCollector collector = new OutputCollector(in, limit, name);
        collector.thread.start();
        return collector;
    }

    @Override
    public void run() {
        byte[] buffer = new byte[64 * 1024];
        try (in) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                append(buffer, n);
            }
        } catch (IOException e) {
            // The pipe broke because the process was killed: what was read so far is the result.
        }
    }

    private synchronized void append(byte[] buffer, int n) {
        int room = Math.max(0, limit - kept.size());
        int keep = Math.min(room, n);
        kept.write(buffer, 0, keep);
        dropped += n - keep;
    }

    /** Waits up to {@code millis} for the stream to end; false when it is still open. */
    boolean await(long millis) throws InterruptedException {
        thread.join(Math.max(1, millis));
        return !thread.isAlive();
    }

    /** The text read so far: UTF-8 with invalid bytes replaced, plus a line saying what was not kept. */
    synchronized String text() {
        String text = decode(kept.toByteArray());
        if (dropped > 0) {
            text += (text.endsWith("\n") ? "" : "\n") + "[... " + dropped + " more bytes not kept]\n";
        }
        return text;
    }

    static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("a replacing decoder cannot fail", e);
        }
    }
}
