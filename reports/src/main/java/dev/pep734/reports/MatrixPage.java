package dev.pep734.reports;

import dev.pep734.tck.certificate.Certificate;
import dev.pep734.tck.certificate.Html;
import dev.pep734.tck.certificate.TestOutcome;
import dev.pep734.tck.spec.Profile;
import dev.pep734.tck.spec.SpecLibrary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * {@code matrix.html}: every test (grouped by profile and clause, in document order) against every
 * implementation, like wpt.fyi or test262.fyi, as one static page. A row links to the spec line it checks;
 * a cell is coloured by the result and links to the test's row in that implementation's certificate.
 */
final class MatrixPage {

    /** Profile id to title, from the spec on the class path: titles tell profiles of one module apart. */
    private static final Map<String, String> TITLES = SpecLibrary.fromClassLoader(MatrixPage.class.getClassLoader())
            .profiles().stream().collect(Collectors.toMap(Profile::id, Profile::title));

    private MatrixPage() {
    }

    /**
     * The page.
     *
     * @param certificates implementation id to its certificate, in column order
     * @param specBase where the spec pages are, relative to the page
     */
    static String render(Map<String, Certificate> certificates, String specBase) {
        List<String> ids = new ArrayList<>(certificates.keySet());
        Map<String, Map<String, TestOutcome>> byTest = new HashMap<>();
        Map<String, TestOutcome> rows = new HashMap<>();
        certificates.forEach((impl, c) -> c.results().forEach(r -> {
            byTest.computeIfAbsent(r.id(), k -> new HashMap<>()).put(impl, r);
            rows.putIfAbsent(r.id(), r);
        }));
        Map<String, List<TestOutcome>> profiles = new TreeMap<>();
        rows.values().stream().sorted(Comparator.comparing(TestOutcome::profile).thenComparing(MatrixPage::resource)
                        .thenComparingInt(MatrixPage::line).thenComparing(TestOutcome::id))
                .forEach(r -> profiles.computeIfAbsent(r.profile(), p -> new ArrayList<>()).add(r));

        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>PEP 734 conformance matrix</title><style>" + Html.STYLE
                + "td.c{text-align:center;min-width:7em}td.c a{display:block;color:#222;text-decoration:none}"
                + "tr.clause td{background:#fafafa;font-weight:bold}</style></head><body>\n"
                + "<h1>PEP 734 conformance matrix</h1>\n<p>Every test of the kit (rows, by profile and clause, in "
                + "document order) against every implementation (columns). A row links to the spec sentence it "
                + "checks; a cell links to the test in the implementation's certificate. Colours: "
                + "<span class=\"passed\">passed</span> <span class=\"failed\">failed</span> "
                + "<span class=\"excluded\">expected failure (vendor exclusion)</span> "
                + "<span class=\"notverified\">not verified by this TCK</span> "
                + "<span class=\"aborted\">skipped (e.g. profile not claimed)</span> "
                + "<span class=\"notrun\">not run</span>.</p>\n");
        h.append("<table id=\"verdicts\"><tr><th>implementation</th><th>claims</th><th>verdict</th><th>passed</th>"
                + "<th>failed</th><th>certificate</th></tr>\n");
        for (String impl : ids) {
            Certificate c = certificates.get(impl);
            boolean ok = c.conformance().conformant();
            long passed = c.results().stream().filter(TestOutcome::passed).count();
            h.append("<tr><td>").append(Html.escape(describe(c))).append("</td><td>")
                    .append(Html.escape(String.join(", ", c.claimedProfiles()))).append("</td><td class=\"")
                    .append(ok ? "passed\">conformant" : "failed\">not conformant").append("</td><td>").append(passed)
                    .append("</td><td>").append(c.failures().size()).append("</td><td><a href=\"")
                    .append(Html.escape(impl)).append("/certificate.html\">certificate</a></td></tr>\n");
        }
        h.append("</table>\n");
        profiles.forEach((profile, tests) -> {
            String title = TITLES.containsKey(profile) ? profile + ": " + TITLES.get(profile) : profile;
            h.append("<h2 id=\"").append(Html.escape("p-" + profile)).append("\">").append(Html.escape(title))
                    .append(" (").append(tests.size()).append(" tests)</h2>\n<table class=\"matrix\"><tr><th>test</th>"
                            + "<th>level</th>");
            ids.forEach(impl -> h.append("<th>").append(Html.escape(impl)).append("</th>"));
            h.append("</tr>\n");
            String clause = null;
            for (TestOutcome t : tests) {
                if (!t.clause().equals(clause)) {
                    clause = t.clause();
                    h.append("<tr class=\"clause\"><td colspan=\"").append(2 + ids.size()).append("\">")
                            .append(Html.escape(clause)).append("</td></tr>\n");
                }
                h.append("<tr><td>").append(Html.escape(t.name())).append(" <small>")
                        .append(Html.specLink(t.spec(), specBase)).append("</small></td><td>")
                        .append(Html.escape(t.level())).append("</td>");
                for (String impl : ids) {
                    TestOutcome r = byTest.get(t.id()).get(impl);
                    h.append(cell(impl, r));
                }
                h.append("</tr>\n");
            }
            h.append("</table>\n");
        });
        return h.append("</body></html>\n").toString();
    }

    private static String cell(String impl, TestOutcome r) {
        if (r == null) {
            return "<td class=\"c notrun\">absent</td>";
        }
        String css = Html.statusClass(r);
        String label = switch (css) {
            case "excluded" -> "expected failure";
            case "notverified" -> "not verified";
            case "aborted" -> "skipped";
            default -> r.status();
        };
        return "<td class=\"c " + css + "\" title=\"" + Html.escape(r.message()) + "\"><a href=\""
                + Html.escape(impl + "/certificate.html#" + Html.anchor(r.id())) + "\">" + label + "</a></td>";
    }

    private static String describe(Certificate c) {
        Map<String, String> i = new LinkedHashMap<>(c.implementation());
        return i.getOrDefault("id", "?") + " = " + i.getOrDefault("name", "") + " " + i.getOrDefault("version", "");
    }

    private static String resource(TestOutcome t) {
        int colon = t.spec().lastIndexOf(':');
        return colon > 0 ? t.spec().substring(0, colon) : t.spec();
    }

    private static int line(TestOutcome t) {
        int colon = t.spec().lastIndexOf(':');
        try {
            return colon > 0 ? Integer.parseInt(t.spec().substring(colon + 1)) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
