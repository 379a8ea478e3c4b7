package dev.pep734.bench;

import java.util.List;
import java.util.Locale;

/** results.json: every figure of the run, for tools and for comparing runs. Hand-written: no JSON library needed. */
final class JsonWriter {

    private JsonWriter() {
    }

    static String json(BenchReport r) {
        StringBuilder s = new StringBuilder("{\n");
        field(s, "startedAt", r.startedAt());
        field(s, "machine", r.machine());
        s.append("  \"machineParallelSpeedup\": ").append(num(r.machineSpeedup())).append(",\n");
        field(s, "cpython", r.cpython());
        field(s, "reference", r.reference());
        s.append("  \"warmupBatches\": ").append(r.settings().warmup()).append(",\n");
        s.append("  \"measuredBatches\": ").append(r.settings().reps()).append(",\n");
        s.append("  \"scale\": ").append(num(r.settings().scale())).append(",\n");
        s.append("  \"metrics\": [\n");
        List<Comparison> all = r.comparisons();
        for (int i = 0; i < all.size(); i++) {
            Comparison c = all.get(i);
            Metric m = c.metric();
            s.append("    {\"id\": ").append(str(m.id())).append(", \"label\": ").append(str(m.label()))
                    .append(", \"unit\": ").append(str(m.unit()))
                    .append(", \"better\": ").append(str(m.better().name().toLowerCase(Locale.ROOT)))
                    .append(",\n      \"cpython\": ").append(stats(c.cpython()))
                    .append(",\n      \"reference\": ").append(stats(c.reference()))
                    .append(",\n      \"ratio\": ").append(num(c.ratio()))
                    .append(", \"target\": ").append(m.target().map(t -> str(t.text())).orElse("null"))
                    .append(", \"verdict\": ").append(str(c.verdict())).append('}')
                    .append(i + 1 < all.size() ? ",\n" : "\n");
        }
        s.append("  ]\n}\n");
        return s.toString();
    }

    private static String stats(Stats st) {
        return "{\"min\": " + num(st.min()) + ", \"median\": " + num(st.median()) + ", \"max\": " + num(st.max())
                + ", \"count\": " + st.count() + ", \"warmup\": "
                + st.warmup().stream().map(JsonWriter::num).toList() + ", \"unsupported\": "
                + st.unsupported().map(JsonWriter::str).orElse("null") + "}";
    }

    private static void field(StringBuilder s, String name, String value) {
        s.append("  ").append(str(name)).append(": ").append(str(value)).append(",\n");
    }

    static String num(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? "null" : String.format(Locale.ROOT, "%.6g", v);
    }

    static String str(String text) {
        StringBuilder s = new StringBuilder("\"");
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\t' -> s.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        s.append(String.format(Locale.ROOT, "\\u%04x", (int) ch));
                    } else {
                        s.append(ch);
                    }
                }
            }
        }
        return s.append('"').toString();
    }
}
