package dev.pep734.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the memory of a process the way both sides report it: resident set size from /proc. */
final class Probes {

    static final String PROBE_PREFIX = "@@probe\t";

    private Probes() {
    }

    /** VmRSS of the process in bytes, or -1 when /proc cannot tell (not Linux). */
    static long residentBytes(String pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
                if (line.startsWith("VmRSS:")) {
                    String kib = line.substring("VmRSS:".length()).replace("kB", "").strip();
                    return Long.parseLong(kib) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    /** Heap in use by this JVM after a full collection (G1 collects fully on System.gc()). */
    static long heapAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 2; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    /** The label of a probe line, or null when the line is no probe. */
    static String label(String line) {
        return line.startsWith(PROBE_PREFIX) ? line.substring(PROBE_PREFIX.length()).strip() : null;
    }
}
