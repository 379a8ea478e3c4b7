package dev.pep734.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SampleReaderTest {

    @Test
    void bench_lines_become_samples_and_other_output_is_ignored() {
        ScriptResult result = new ScriptResult(List.of("hello", "@@bench\texec_pass\tus\twarmup\t250.5",
                "@@bench\texec_pass\tus\tmeasured\t200.0"), List.of(), 0, "");
        assertEquals(List.of(new Sample("exec_pass", "us", true, 250.5), new Sample("exec_pass", "us", false, 200.0)),
                SampleReader.read(result));
    }

    @Test
    void unsupported_lines_name_the_metric_and_why_and_give_no_sample() {
        ScriptResult result = new ScriptResult(List.of("@@bench\texec_pass\tus\tmeasured\t200.0",
                "@@unsupported\tcall_noop\tNotShareableError: func not shareable"), List.of(), 0, "");
        assertEquals(Map.of("call_noop", "NotShareableError: func not shareable"), SampleReader.unsupported(result));
        assertEquals(List.of(new Sample("exec_pass", "us", false, 200.0)), SampleReader.read(result));
    }

    @Test
    void a_malformed_bench_line_is_an_error_that_shows_it() {
        ScriptResult result = new ScriptResult(List.of("@@bench\texec_pass\t1"), List.of(), 0, "");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SampleReader.read(result));
        assertEquals("malformed benchmark line: @@bench\texec_pass\t1", e.getMessage());
    }

    @Test
    void probes_give_memory_per_interpreter_in_kib() {
        List<ProbeReading> probes = List.of(
                new ProbeReading("before 0 warmup", 1000, 10 * 1024 * 1024),
                new ProbeReading("after 0 warmup 50", 1000 + 50 * 2048, 10 * 1024 * 1024 + 50 * 1024),
                new ProbeReading("before 1 measured", -1, 0),
                new ProbeReading("after 1 measured 10", -1, 10 * 4096));
        assertEquals(List.of(new Sample("mem_resident", "KiB", true, 1.0), new Sample("mem_heap", "KiB", true, 2.0),
                new Sample("mem_per_interp", "KiB", true, 2.0), new Sample("mem_resident", "KiB", false, 4.0),
                new Sample("mem_per_interp", "KiB", false, 4.0)), SampleReader.memory(probes));
    }
}
