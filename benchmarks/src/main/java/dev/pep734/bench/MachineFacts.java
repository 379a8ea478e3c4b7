package dev.pep734.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine a run was measured on, in one line: CPU model and count, memory, OS, load at the start. */
final class MachineFacts {

    private MachineFacts() {
    }

    static String describe() {
        Runtime rt = Runtime.getRuntime();
        return cpuModel() + ", " + rt.availableProcessors() + " CPUs, " + memory() + ", "
                + System.getProperty("os.name") + " " + System.getProperty("os.version") + ", Java "
                + System.getProperty("java.version") + ", load average " + load();
    }

    private static String cpuModel() {
        return firstValue(Path.of("/proc/cpuinfo"), "model name").orElse(System.getProperty("os.arch"));
    }

    private static String memory() {
        return firstValue(Path.of("/proc/meminfo"), "MemTotal")
                .map(v -> Math.round(Long.parseLong(v.replace("kB", "").strip()) / 1048576.0) + " GiB RAM")
                .orElse("? RAM");
    }

    private static String load() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static java.util.Optional<String> firstValue(Path file, String key) {
        try {
            return Files.readAllLines(file).stream().filter(l -> l.startsWith(key))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst();
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }
}
