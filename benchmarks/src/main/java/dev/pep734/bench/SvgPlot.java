package dev.pep734.bench;

import static dev.pep734.bench.BenchReport.number;

import java.util.List;
import java.util.Locale;

/**
 * results.svg: one bar per metric on a log scale of how many times better (right, green) or worse (left, red)
 * the reference is than CPython, with the target marked where the issue sets one as a ratio. Self-contained SVG.
 */
final class SvgPlot {

    private static final int LABEL_WIDTH = 330;
    private static final int PLOT_WIDTH = 520;
    private static final int ROW = 26;
    private static final int TOP = 70;
    /** The axis spans 1/1000x to 1000x. */
    private static final double DECADES = 3;

    private SvgPlot() {
    }

    static String svg(BenchReport report) {
        List<Comparison> rows = report.comparisons().stream().filter(c -> !Double.isNaN(c.ratio())).toList();
        int width = LABEL_WIDTH + PLOT_WIDTH + 220;
        int height = TOP + rows.size() * ROW + 40;
        double center = LABEL_WIDTH + PLOT_WIDTH / 2.0;
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "font-family=\"sans-serif\" font-size=\"12\">%n", width, height));
        s.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        text(s, 10, 20, "bold", "Reference implementation vs CPython: how many times better (right) or worse (left)");
        text(s, 10, 38, "normal", "medians of " + report.settings().reps() + " batches, " + report.startedAt()
                + "; machine: " + report.machine());
        text(s, 10, 54, "normal", "| = target; two Java threads gave " + number(report.machineSpeedup())
                + "x at the start (2.0 = two free cores)");
        for (int d = -(int) DECADES; d <= DECADES; d++) {
            double x = x(Math.pow(10, d));
            s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"%s\"/>%n",
                    x, TOP - 6, x, TOP + rows.size() * ROW, d == 0 ? "#000" : "#ddd"));
            String tick = d >= 0 ? (long) Math.pow(10, d) + "x" : "1/" + (long) Math.pow(10, -d);
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"#666\">%s</text>%n",
                    x, TOP + rows.size() * ROW + 16, tick));
        }
        for (int i = 0; i < rows.size(); i++) {
            Comparison c = rows.get(i);
            int y = TOP + i * ROW;
            double adv = clamp(c.advantage());
            double x = x(adv);
            String colour = adv >= 1 ? "#3a9a4a" : "#c8453a";
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>%n",
                    LABEL_WIDTH - 8, y + 16, escape(c.metric().label())));
            s.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>%n",
                    Math.min(x, center), y + 5, Math.abs(x - center), ROW - 10, colour));
            c.metric().target().filter(t -> !t.absolute()).ifPresent(t -> {
                double needed = c.metric().better() == Metric.Better.LOWER ? 1 / t.bound() : t.bound();
                double tx = x(clamp(needed));
                s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" "
                        + "stroke=\"#000\" stroke-width=\"2\"/>%n", tx, y + 2, tx, y + ROW - 2));
            });
            String note = number(c.reference().median()) + " vs " + number(c.cpython().median()) + " "
                    + c.metric().unit() + (c.verdict().equals("-") ? "" : " (" + c.verdict() + ")");
            text(s, LABEL_WIDTH + PLOT_WIDTH + 8, y + 16, "normal", note);
        }
        return s.append("</svg>\n").toString();
    }

    private static double x(double advantage) {
        double decades = Math.log10(advantage);
        return LABEL_WIDTH + PLOT_WIDTH / 2.0 + decades / DECADES * (PLOT_WIDTH / 2.0);
    }

    private static double clamp(double v) {
        double limit = Math.pow(10, DECADES);
        return Math.max(1 / limit, Math.min(limit, v));
    }

    private static void text(StringBuilder s, int x, int y, String weight, String text) {
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-weight=\"%s\">%s</text>%n", x, y, weight,
                escape(text)));
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
