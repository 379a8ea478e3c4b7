package dev.pep734.bench;

import java.util.List;

/** What one run of a benchmark script left: its output lines and the readings taken at its probes. */
record ScriptResult(List<String> lines, List<ProbeReading> probes, int exitCode, String errors) {

    ScriptResult {
        lines = List.copyOf(lines);
        probes = List.copyOf(probes);
    }
}
