package dev.pep734.reference.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The standard streams of a context built before anyone knew which runtime would use it (see
 * {@link ContextPool}): GraalPy fixes a context's streams when it is built, so the context gets these
 * forwarding streams, which write nowhere and read nothing until {@link #attach} points them at the runtime's
 * own streams.
 */
final class StreamSwitch {

    private final Out out = new Out();
    private final Out err = new Out();
    private final In in = new In();

    OutputStream out() {
        return out;
    }

    OutputStream err() {
        return err;
    }

    InputStream in() {
        return in;
    }

    /** From now on the context writes to and reads from the runtime's streams. */
    void attach(RuntimeSettings settings) {
        out.target = settings.stdout();
        err.target = settings.stderr();
        in.source = settings.stdin();
    }

    private static final class Out extends OutputStream {
        private volatile OutputStream target = OutputStream.nullOutputStream();

        @Override
        public void write(int b) throws IOException {
            target.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            target.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            target.flush();
        }
    }

    private static final class In extends InputStream {
        private volatile InputStream source = InputStream.nullInputStream();

        @Override
        public int read() throws IOException {
            return source.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return source.read(b, off, len);
        }

        @Override
        public int available() throws IOException {
            return source.available();
        }
    }
}
