package dev.pep734.reference.tck;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A standard stream of one script run that keeps at most {@code limit} bytes and counts the rest, so that a
 * script printing in a loop costs the TCK bounded memory and still runs to its end. Python threads of the
 * script may write at the same time, hence the locking.
 */
final class CappedOutput extends OutputStream {

    /** What a run keeps of each stream: 1 MiB, as the process adapter does. */
    static final int DEFAULT_LIMIT = 1 << 20;

    private final int limit;
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private long dropped;

    CappedOutput(int limit) {
        this.limit = limit;
    }

    @Override
    public synchronized void write(int b) {
        if (kept.size() < limit) {
            kept.write(b);
        } else {
            dropped++;
        }
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) {
        int keep = Math.min(length, Math.max(0, limit - kept.size()));
        kept.write(bytes, offset, keep);
        dropped += length - keep;
    }

    /** The text written so far (UTF-8, malformed bytes replaced), and a last line saying what was dropped. */
    synchronized String text() {
        String text = kept.toString(StandardCharsets.UTF_8);
        if (dropped == 0) {
            return text;
        }
        return text + (text.endsWith("\n") ? "" : "\n") + "[output truncated: " + dropped
                + " more bytes after the first " + limit + " were not kept]\n";
    }
}
