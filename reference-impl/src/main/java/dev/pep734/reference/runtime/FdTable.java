package dev.pep734.reference.runtime;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The file descriptors of one runtime that every interpreter can use, as a process's are in CPython. Each GraalPy
 * context has its own descriptor table (POSIX emulated in Java), numbered from 3 in each: a pipe made in one
 * interpreter would be a bad (or another) descriptor in the next. So {@code os.pipe()} moves each end to a number
 * handed out here, runtime-wide, and registers which interpreter holds it; the others reach it through that
 * interpreter ({@link FdOps}). Like POSIX, the lowest free number is handed out; a number is free again once its
 * holder closed it with {@code os.close()} or was destroyed.
 */
final class FdTable {
    /**
     * The first number handed out: far above what a context's own table reaches in practice (it reuses the lowest
     * free number from 3), so a shared number is not also one of another context's own descriptors; and below
     * 1024, since GraalPy's select() refuses higher numbers as CPython's does (FD_SETSIZE). Beyond 1023 numbers go
     * on growing (select() does not take those, as with CPython).
     */
    static final long FIRST = 512;

    private final TreeSet<Long> free = new TreeSet<>();
    private long next = FIRST;
    private final Map<Long, Long> owners = new HashMap<>();

    synchronized long reserve() {
        Long reused = free.pollFirst();
        return reused != null ? reused : next++;
    }

    synchronized void register(long fd, long owner) {
        owners.put(fd, owner);
    }

    synchronized Optional<Long> owner(long fd) {
        return Optional.ofNullable(owners.get(fd));
    }

    synchronized void forget(long fd) {
        if (owners.remove(fd) != null) {
            free.add(fd);
        }
    }

    /** A destroyed interpreter's context closed its descriptors with it. */
    synchronized void interpreterDestroyed(long owner) {
        owners.entrySet().removeIf(e -> {
            boolean gone = e.getValue() == owner;
            if (gone) {
                free.add(e.getKey());
            }
            return gone;
        });
    }
}
