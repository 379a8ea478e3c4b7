package dev.pep734.bench;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * An output stream that hands every complete line to a consumer as soon as it is written: the reference side
 * sees a script's probe line while the script is still inside {@code print(..., flush=True)}.
 */
final class LineSink extends OutputStream {

    private final Consumer<String> lines;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

    LineSink(Consumer<String> lines) {
        this.lines = lines;
    }

    @Override
    public synchronized void write(int b) {
        if (b == '\n') {
            lines.accept(pending.toString(StandardCharsets.UTF_8));
            pending.reset();
        } else {
            pending.write(b);
        }
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            write(bytes[i]);
        }
    }

    /** Hands on a last line that had no newline. */
    @Override
    public synchronized void close() {
        if (pending.size() > 0) {
            write('\n');
        }
    }
}
