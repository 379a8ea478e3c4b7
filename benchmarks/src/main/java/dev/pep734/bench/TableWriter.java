package dev.pep734.bench;

import static dev.pep734.bench.BenchReport.number;

/** The side-by-side table printed at the end of a run (Markdown, so it can go into the README as it is). */
final class TableWriter {

    private TableWriter() {
    }

    static String table(BenchReport report) {
        StringBuilder s = new StringBuilder();
        s.append("PEP 734 benchmark, ").append(report.startedAt()).append('\n');
        s.append("machine: ").append(report.machine()).append("; two Java threads ran ")
                .append(number(report.machineSpeedup())).append("x as fast as one after the other\n");
        s.append("cpython:   ").append(report.cpython()).append('\n');
        s.append("reference: ").append(report.reference()).append('\n');
        s.append("warm-up batches: ").append(report.settings().warmup()).append(", measured: ")
                .append(report.settings().reps()).append(", scale: ").append(number(report.settings().scale()))
                .append("\n\n");
        s.append("| metric | unit | CPython best / median | reference best / median | ratio ref/CPython | target | |\n");
        s.append("|---|---|---|---|---|---|---|\n");
        for (Comparison c : report.comparisons()) {
            Metric m = c.metric();
            s.append("| ").append(m.label()).append(" | ").append(m.unit()).append(" | ")
                    .append(pair(c.cpython(), m)).append(" | ").append(pair(c.reference(), m)).append(" | ")
                    .append(number(c.ratio())).append(" | ")
                    .append(m.target().map(Metric.Target::text).orElse("")).append(" | ")
                    .append(c.verdict()).append(" |\n");
        }
        if (report.comparisons().stream().anyMatch(c -> c.verdict().equals("missed"))) {
            s.append("\nwhy each missed target is missed, measured: benchmarks/README.md, section Results\n");
        }
        String why = unsupported(report);
        if (!why.isEmpty()) {
            s.append('\n').append(why);
        }
        s.append("\nwarm-up batches (excluded above), CPython | reference:\n");
        for (Comparison c : report.comparisons()) {
            if (!c.cpython().warmup().isEmpty() || !c.reference().warmup().isEmpty()) {
                s.append("  ").append(c.metric().id()).append(": ").append(list(c.cpython()))
                        .append(" | ").append(list(c.reference())).append('\n');
            }
        }
        return s.toString();
    }

    /** One line per metric a side could not measure, with the error its operation raised. */
    static String unsupported(BenchReport report) {
        StringBuilder s = new StringBuilder();
        for (Comparison c : report.comparisons()) {
            c.cpython().unsupported().ifPresent(why -> s.append("unsupported on CPython, ")
                    .append(c.metric().id()).append(": ").append(why).append('\n'));
            c.reference().unsupported().ifPresent(why -> s.append("unsupported on the reference, ")
                    .append(c.metric().id()).append(": ").append(why).append('\n'));
        }
        return s.toString();
    }

    /** Best is the minimum of a time and the maximum of a rate: the batch least disturbed by the machine. */
    private static String pair(Stats stats, Metric m) {
        if (stats.unsupported().isPresent()) {
            return "unsupported";
        }
        return stats.isEmpty() ? "n/a" : number(stats.best(m.better())) + " / " + number(stats.median());
    }

    private static String list(Stats stats) {
        return stats.warmup().stream().map(BenchReport::number).toList().toString();
    }
}
