package dev.pep734.tck.process;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Kills a process together with everything it started. */
final class ProcessTrees {

    private ProcessTrees() {
    }

    /** Kills those of the given processes that are still alive; returns how many were. */
    static int killAll(Collection<ProcessHandle> processes) {
        List<ProcessHandle> alive = processes.stream().filter(ProcessHandle::isAlive).toList();
        alive.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle handle : alive) {
            try {
                handle.onExit().get(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (Exception e) {
                // Reported by the caller's count; nothing more can be done.
            }
        }
        return alive.size();
    }

    /**
     * Kills the process and its descendants and waits briefly for them to go. Descendants are listed
     * <em>before</em> the parent dies: once it is gone they are re-parented and no longer found.
     */
    static void kill(Process process) {
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroyForcibly();
        descendants.forEach(ProcessHandle::destroyForcibly);
        try {
            process.waitFor(5, TimeUnit.SECONDS);
            for (ProcessHandle handle : descendants) {
                handle.onExit().get(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            // A descendant that does not go within 5 s is reported by the caller's own checks.
        }
    }
}
