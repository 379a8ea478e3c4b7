package dev.pep734.tck.certificate;

import java.util.List;
import java.util.Map;

/** {@code certificate.html}: the certificate for people, one static page. */
public final class CertificateHtml {

    private CertificateHtml() {
    }

    /**
     * The page.
     *
     * @param specBase where the rendered spec documents are, relative to the page (links to the document
     *     line of each test), or {@code null} to show the lines as text
     */
    public static String render(Certificate c, String digest, String specBase) {
        Conformance verdict = c.conformance();
        Map<String, String> impl = c.implementation();
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>PEP 734 TCK certificate: " + Html.escape(impl.getOrDefault("id", "?")) + "</title><style>"
                + Html.STYLE + "</style></head><body>\n");
        h.append("<h1>PEP 734 TCK certificate: ").append(Html.escape(impl.getOrDefault("name", "?"))).append(' ')
                .append(Html.escape(impl.getOrDefault("version", ""))).append("</h1>\n");
        h.append("<p class=\"verdict ").append(verdict.conformant() ? "yes\">CONFORMANT" : "no\">NOT CONFORMANT")
                .append("</p>\n");
        if (!verdict.conformant()) {
            h.append("<ul id=\"reasons\">");
            verdict.reasons().forEach(r -> h.append("<li>").append(Html.escape(r)).append("</li>"));
            h.append("</ul>\n");
        }
        h.append(about(c, digest));
        h.append("\n<h2>Counts per profile and level</h2>\n<table id=\"counts\"><tr><th>profile</th>"
                + "<th>level</th><th>passed</th><th>failed</th><th>aborted</th><th>not run</th></tr>");
        c.counts().forEach((profile, levels) -> levels.forEach((level, n) -> h.append("<tr><td>")
                .append(Html.escape(profile)).append(c.claimedProfiles().contains(profile) ? " (claimed)" : "")
                .append("</td><td>").append(Html.escape(level)).append("</td>")
                .append(count(n, TestOutcome.PASSED)).append(count(n, TestOutcome.FAILED))
                .append(count(n, TestOutcome.ABORTED)).append(count(n, TestOutcome.NOT_RUN)).append("</tr>")));
        h.append("</table>\n");
        table(h, "Failures", "failures", c.failures(), specBase);
        h.append("<h2>Vendor exclusions (").append(c.exclusions().size()).append(")</h2>\n<table id=\"exclusions\">"
                + "<tr><th>test</th><th>reason</th><th>listed at</th><th>how it ended</th></tr>");
        for (Exclusion e : c.exclusions()) {
            h.append("<tr><td>").append(Html.escape(e.id())).append("</td><td>").append(Html.escape(e.reason()))
                    .append("</td><td>").append(Html.escape(e.where())).append("</td><td>")
                    .append(Html.escape(e.actual())).append("</td></tr>");
        }
        h.append("</table>\n");
        table(h, "Every test", "results", c.results(), specBase);
        return h.append("</body></html>\n").toString();
    }

    /** The table of what was certified: implementation, runtime, profiles, shard, kit digests, time, digest. */
    public static String about(Certificate c, String digest) {
        Map<String, String> impl = c.implementation();
        StringBuilder h = new StringBuilder("<table id=\"about\">");
        row(h, "implementation", impl.getOrDefault("name", "?") + " " + impl.getOrDefault("version", "") + " by "
                + impl.getOrDefault("vendor", "?") + " (id " + impl.getOrDefault("id", "?") + ")");
        row(h, "runtime", impl.getOrDefault("runtime", ""));
        row(h, "declared profiles", impl.getOrDefault("declaredProfiles", ""));
        row(h, "claimed profiles", String.join(", ", c.claimedProfiles()));
        row(h, "shard", c.shard());
        row(h, "TCK version", c.tckVersion());
        c.artifacts().forEach((name, hash) -> row(h, name, hash));
        row(h, "created", c.created());
        row(h, "digest", digest);
        return h.append("</table>").toString();
    }

    private static void table(StringBuilder h, String title, String id, List<TestOutcome> rows, String specBase) {
        h.append("<h2>").append(title).append(" (").append(rows.size()).append(")</h2>\n<table id=\"").append(id)
                .append("\"><tr><th>test</th><th>level</th><th>status</th><th>spec</th><th>message</th></tr>\n");
        boolean anchors = "results".equals(id);
        for (TestOutcome r : rows) {
            h.append("<tr").append(anchors ? " id=\"" + Html.escape(Html.anchor(r.id())) + "\"" : "")
                    .append("><td>").append(Html.escape(r.id())).append("<br><small>").append(Html.escape(r.name()))
                    .append("</small></td><td>").append(Html.escape(r.level())).append("</td><td class=\"")
                    .append(Html.statusClass(r)).append("\">").append(Html.escape(r.status())).append("</td><td>")
                    .append(Html.specLink(r.spec(), specBase)).append("</td><td><pre>")
                    .append(Html.escape(r.message())).append("</pre></td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static void row(StringBuilder h, String name, String value) {
        h.append("<tr><th>").append(Html.escape(name)).append("</th><td>").append(Html.escape(value))
                .append("</td></tr>");
    }

    private static String count(Map<String, Long> n, String status) {
        return "<td>" + n.getOrDefault(status, 0L) + "</td>";
    }
}
