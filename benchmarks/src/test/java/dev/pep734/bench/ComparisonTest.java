package dev.pep734.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComparisonTest {

    private static Metric metric(String id) {
        return Metric.ALL.stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void median_and_best_leave_the_warmup_out() {
        Stats s = Stats.of(List.of(5.0, 1.0, 3.0, 4.0), List.of(100.0));
        assertEquals(1.0, s.min());
        assertEquals(3.5, s.median());
        assertEquals(5.0, s.best(Metric.Better.HIGHER));
        assertEquals(List.of(100.0), s.warmup());
    }

    @Test
    void a_round_trip_fifty_times_faster_meets_its_target_and_forty_does_not() {
        Stats cpython = Stats.of(List.of(10_000.0), List.of());
        Comparison met = new Comparison(metric("queue_roundtrip_blocking"), cpython, Stats.of(List.of(200.0), List.of()));
        Comparison missed = new Comparison(metric("queue_roundtrip_blocking"), cpython, Stats.of(List.of(250.0), List.of()));
        assertEquals("met", met.verdict());
        assertEquals(50.0, met.advantage(), 1e-9);
        assertEquals("missed", missed.verdict());
    }

    @Test
    void a_speedup_target_applies_to_the_reference_alone() {
        Comparison c = new Comparison(metric("parallel_speedup"), Stats.of(List.of(1.9), List.of()),
                Stats.of(List.of(1.7), List.of()));
        assertEquals("missed", c.verdict());
        assertEquals("met", new Comparison(metric("parallel_speedup"), Stats.of(List.of(1.0), List.of()),
                Stats.of(List.of(1.85), List.of())).verdict());
    }

    @Test
    void a_side_without_figures_gives_no_ratio_and_no_verdict() {
        Comparison c = new Comparison(metric("exec_pass"), Stats.of(List.of(), List.of()),
                Stats.of(List.of(1.0), List.of()));
        assertTrue(Double.isNaN(c.ratio()));
        assertEquals("not measured", c.verdict());
        assertEquals("not measured", new Comparison(metric("exec_pass"), Stats.of(List.of(1.0), List.of()),
                Stats.of(List.of(), List.of())).verdict());
    }

    @Test
    void a_metric_the_reference_reports_unsupported_shows_so_with_its_reason() {
        Map<String, List<Sample>> samples = Map.of("cpython", List.of(new Sample("call_noop", "us", false, 130)));
        BenchReport report = new BenchReport("2026-11-23T09:00:00Z", "test machine", 1.9, "CPython 3.14.3",
                "reference", new Settings(Path.of("out"), Path.of("."), 1, 5, 1.0, "", List.of()),
                BenchMain.compare(samples, Map.of("reference", Map.of("call_noop", "NotShareableError: func"))));
        String table = TableWriter.table(report);
        assertTrue(table.contains("| call(noop) | us | 130 / 130 | unsupported | n/a | at most 1.5x (#20) | missed |"),
                table);
        assertTrue(table.contains("unsupported on the reference, call_noop: NotShareableError: func\n"), table);
        assertTrue(JsonWriter.json(report).contains("\"unsupported\": \"NotShareableError: func\""));
    }

    @Test
    void the_tck_summary_gives_wall_time_and_time_per_test() {
        String summary = "PEP 734 TCK summary\nprofile x\n  must    passed   150  failed     2  aborted     8\n"
                + "  (none)  passed     0  failed     0  aborted    40\nsessions opened: 3\ntime: 100.0 s\n";
        TckTimes.Run run = TckTimes.parse(summary, Path.of("summary.txt")).orElseThrow();
        assertEquals(100.0, run.seconds());
        assertEquals(200, run.tests());
        assertEquals(List.of(new Sample("tck_wall", "s", false, 100.0), new Sample("tck_per_test", "ms", false, 500.0)),
                TckTimes.samples(run));
    }

    @Test
    void the_outputs_are_well_formed_and_name_every_metric() throws Exception {
        Map<String, List<Sample>> samples = Map.of(
                "cpython", List.of(new Sample("exec_pass", "us", false, 200), new Sample("oneway_int", "items/s", false, 5e5)),
                "reference", List.of(new Sample("exec_pass", "us", false, 100), new Sample("oneway_int", "items/s", false, 2e5)));
        BenchReport report = new BenchReport("2026-11-23T09:00:00Z", "test machine", 1.9, "CPython 3.14.3",
                "reference", new Settings(Path.of("out"), Path.of("."), 1, 5, 1.0, "", List.of()),
                BenchMain.compare(samples));
        String svg = SvgPlot.svg(report);
        javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        String json = JsonWriter.json(report);
        for (Metric m : Metric.ALL) {
            assertTrue(json.contains("\"id\": \"" + m.id() + "\""), m.id());
        }
        String table = TableWriter.table(report);
        assertTrue(table.contains("| exec('pass') | us | 200 / 200 | 100 / 100 | 0.50 | no slower (#20) | met |"),
                table);
        assertTrue(table.contains("| one-way throughput, int | items/s | 5.00e5 / 5.00e5 | 2.00e5 / 2.00e5 | 0.40 |"),
                table);
    }
}
