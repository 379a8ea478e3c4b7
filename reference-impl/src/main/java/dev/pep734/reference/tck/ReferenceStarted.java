package dev.pep734.reference.tck;

import dev.pep734.tck.spi.ImplementationException;
import dev.pep734.tck.spi.ImplementationInfo;
import dev.pep734.tck.spi.Session;
import dev.pep734.tck.spi.StartedImplementation;
import java.util.ArrayList;
import java.util.List;

/**
 * The reference implementation started for one TCK run. It holds no runtime of its own (each run builds a
 * fresh one); it only remembers its sessions so that closing it stops whatever still runs.
 */
final class ReferenceStarted implements StartedImplementation {

    private final ImplementationInfo info;
    private final int outputLimit;
    private final List<ReferenceSession> sessions = new ArrayList<>();
    private boolean closed;

    ReferenceStarted(ImplementationInfo info, int outputLimit) {
        this.info = info;
        this.outputLimit = outputLimit;
    }

    @Override
    public ImplementationInfo info() {
        return info;
    }

    @Override
    public synchronized Session openSession() throws ImplementationException {
        if (closed) {
            throw new ImplementationException("the reference implementation was already closed for this run");
        }
        // Forget sessions the TCK has replaced, so that a long run does not keep them all.
        sessions.removeIf(session -> !session.isUsable());
        ReferenceSession session = new ReferenceSession(outputLimit);
        sessions.add(session);
        return session;
    }

    @Override
    public void close() {
        List<ReferenceSession> open;
        synchronized (this) {
            closed = true;
            open = List.copyOf(sessions);
            sessions.clear();
        }
        open.forEach(ReferenceSession::close);
    }
}
