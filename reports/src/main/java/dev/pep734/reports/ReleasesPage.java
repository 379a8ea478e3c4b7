package dev.pep734.reports;

import dev.pep734.tck.certificate.Certificate;
import dev.pep734.tck.certificate.Exclusion;
import dev.pep734.tck.certificate.Html;
import dev.pep734.tck.certificate.TestOutcome;
import dev.pep734.tck.release.Release;
import dev.pep734.tck.spec.Erratum;
import dev.pep734.tck.spec.Profile;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code releases.html}: the history of one API across the real CPython releases of the kit's release table.
 * A row is a release, a column a profile; a cell counts that release's results on that profile per level
 * (passed of the tests that count, and how many failed as listed deviations or without one). Below: every
 * deviation of every release with its reason (what the release does, as measured), and every erratum of every
 * profile with its evidence. Releases without a certificate among the inputs are shown as not run.
 */
final class ReleasesPage {

    /** How a deviations file in the spec artifact is named in a certificate's exclusions. */
    private static final String CLASSPATH = "classpath:";

    private ReleasesPage() {
    }

    /**
     * @param releases the release table, in its order
     * @param profiles the profiles, in report order
     * @param errata each profile's errata
     * @param certificates implementation id to certificate (a release's runs use the release id)
     * @param specBase where the spec pages are, relative to this page
     */
    static String render(List<Release> releases, List<Profile> profiles, Map<String, List<Erratum>> errata,
                         Map<String, Certificate> certificates, String specBase) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>PEP 734 across CPython releases</title><style>" + Html.STYLE
                + "td.cell{min-width:9em}td.cell small{display:block;color:#444}</style></head><body>\n"
                + "<h1>The multiple-interpreters API across CPython releases</h1>\n"
                + "<p>Each real CPython release on Maven Central that ships a generation of this API (rows) judged by "
                + "the kit against the profiles it ships (columns). A cell counts tests per level as "
                + "<em>passed / counted</em> (tests the kit cannot verify are not counted); "
                + "<span class=\"excluded\">deviations</span> are failures that the release's deviations file lists "
                + "with their reason below, <span class=\"failed\">unexplained</span> failures are not listed "
                + "anywhere (a build that runs the release fails on them). A dash: the release does not ship that "
                + "profile's module.</p>\n<table id=\"releases\"><tr><th>release</th>");
        profiles.forEach(p -> h.append("<th>").append(Html.escape(p.id())).append("</th>"));
        h.append("<th>modules</th></tr>\n");
        for (Release r : releases) {
            Certificate c = certificates.get(r.id());
            h.append("<tr><td><a href=\"#").append(Html.escape(r.id())).append("\">").append(Html.escape(r.name()))
                    .append("</a>").append(r.gate() ? "<br><small>every build</small>" : "").append("</td>");
            for (Profile p : profiles) {
                h.append(cell(r, p.id(), c));
            }
            h.append("<td><small>").append(Html.escape(r.notes())).append(r.modules().isEmpty() ? ""
                    : "<br>mapped: " + Html.escape(r.modules())).append("</small></td></tr>\n");
        }
        h.append("</table>\n<h2>Deviations of each release</h2>\n");
        for (Release r : releases) {
            Certificate c = certificates.get(r.id());
            h.append("<h3 id=\"").append(Html.escape(r.id())).append("\">").append(Html.escape(r.name()))
                    .append("</h3>\n");
            if (c == null) {
                h.append("<p>Not run in this build (see the README for the command that runs every release).</p>\n");
                continue;
            }
            h.append("<p><a href=\"").append(Html.escape(r.id())).append("/certificate.html\">certificate</a>; ")
                    .append(c.exclusions().size()).append(" listed deviations met.</p>\n");
            if (!c.exclusions().isEmpty()) {
                h.append("<table><tr><th>test</th><th>what the release does</th><th>listed at</th></tr>\n");
                for (Exclusion e : c.exclusions()) {
                    h.append("<tr><td><a href=\"").append(Html.escape(r.id() + "/certificate.html#"
                                    + Html.anchor(e.id()))).append("\">").append(Html.escape(e.id()))
                            .append("</a></td><td>").append(Html.escape(e.reason())).append("</td><td><small>")
                            .append(e.where().startsWith(CLASSPATH) ? Html.specLink(e.where().substring(
                                    CLASSPATH.length()), specBase) : Html.escape(e.where()))
                            .append("</small></td></tr>\n");
                }
                h.append("</table>\n");
            }
        }
        h.append("<h2>Errata of the documents</h2>\n<p>Where a document is wrong, contradicts itself or describes "
                + "what no release did; the evidence names the releases measured.</p>\n");
        for (Profile p : profiles) {
            List<Erratum> list = errata.getOrDefault(p.id(), List.of());
            h.append("<h3>").append(Html.escape(p.id())).append(" (").append(list.size()).append(")</h3>\n");
            if (list.isEmpty()) {
                continue;
            }
            h.append("<table><tr><th>erratum</th><th>reason</th><th>evidence</th></tr>\n");
            for (Erratum e : list) {
                h.append("<tr><td>").append(Html.specLink(e.location().resource() + ":" + e.location().line(),
                                specBase)).append("<br><b>").append(Html.escape(e.id())).append("</b></td><td>")
                        .append(Html.escape(e.reason())).append("</td><td>").append(Html.escape(e.evidence()))
                        .append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
        return h.append("</body></html>\n").toString();
    }

    private static String cell(Release r, String profile, Certificate c) {
        if (!r.profiles().contains(profile)) {
            return "<td class=\"cell notrun\">&ndash;</td>";
        }
        if (c == null) {
            return "<td class=\"cell notrun\">not run</td>";
        }
        Map<String, long[]> byLevel = new TreeMap<>(); // level -> passed, counted, deviations, unexplained
        for (TestOutcome t : c.results()) {
            if (!t.profile().equals(profile) || t.notVerified()) {
                continue;
            }
            long[] n = byLevel.computeIfAbsent(t.level().isEmpty() ? "(none)" : t.level(), l -> new long[4]);
            n[1]++;
            switch (Html.statusClass(t)) {
                case "passed" -> n[0]++;
                case "excluded" -> n[2]++;
                case "failed" -> n[3]++;
                default -> n[1]--; // skipped or not run: not counted
            }
        }
        long deviations = byLevel.values().stream().mapToLong(n -> n[2]).sum();
        long unexplained = byLevel.values().stream().mapToLong(n -> n[3]).sum();
        StringBuilder h = new StringBuilder("<td class=\"cell ").append(unexplained > 0 ? "failed"
                : deviations > 0 ? "excluded" : "passed").append("\">");
        byLevel.forEach((level, n) -> h.append(Html.escape(level)).append(' ').append(n[0]).append(" / ").append(n[1])
                .append("<br>"));
        h.append("<small>").append(deviations).append(" deviations").append(unexplained > 0 ? ", " + unexplained
                + " unexplained" : "").append("</small></td>");
        return h.toString();
    }
}
