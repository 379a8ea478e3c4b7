package dev.pep734.kit;

import dev.pep734.tck.certificate.Certificate;
import dev.pep734.tck.certificate.CertificateHtml;
import dev.pep734.tck.certificate.Conformance;
import dev.pep734.tck.certificate.Html;
import dev.pep734.tck.certificate.TestOutcome;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * {@code report.html}, the page a person opens after a run (from {@code file://}, no scripts or network assets):
 * the verdict, then every failure with its message, output and reproducer, then every test. The Allure report
 * needs Allure's own command-line tool, which the kit does not carry; its results are written beside it.
 */
final class RunReport {

    private RunReport() {
    }

    static String render(Certificate c, RunListener outputs, Path directory) {
        Conformance verdict = c.conformance();
        Map<String, String> impl = c.implementation();
        String title = impl.getOrDefault("name", "?") + " " + impl.getOrDefault("version", "");
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>PEP 734 TCK report: " + Html.escape(title) + "</title><style>" + Html.STYLE
                + "details{margin:.3em 0}.failure{border-left:4px solid #d33;padding-left:.8em;margin:1em 0}"
                + "</style></head><body>\n");
        h.append("<h1>PEP 734 TCK report: ").append(Html.escape(title)).append("</h1>\n");
        h.append("<p class=\"verdict ").append(verdict.conformant() ? "yes\">CONFORMANT" : "no\">NOT CONFORMANT")
                .append("</p>\n<ul id=\"reasons\">");
        verdict.reasons().forEach(r -> h.append("<li>").append(Html.escape(r)).append("</li>"));
        h.append("</ul>\n").append(CertificateHtml.about(c, (String) c.toJson().get("digest")))
                .append("\n<p>The certificate: <a href=\"certificate.html\">certificate.html</a> and "
                + "<a href=\"certificate.json\">certificate.json</a> (check it with <code>java -jar pep734-tck.jar "
                + "verify certificate.json</code>).</p>\n");

        List<TestOutcome> failures = c.failures();
        h.append("<h2>Failures (").append(failures.size()).append(")</h2>\n");
        for (TestOutcome f : failures) {
            h.append("<div class=\"failure\" id=\"").append(Html.escape(Html.anchor(f.id()))).append("\"><h3>")
                    .append(Html.escape(f.id())).append("</h3><p>").append(Html.escape(f.name())).append(" &middot; ")
                    .append(Html.escape(f.level())).append(" &middot; spec ").append(Html.escape(f.spec()))
                    .append("</p>\n<pre>").append(Html.escape(outputs.failure(f.id()).orElse(f.message())))
                    .append("</pre>\n");
            outputs.output(f.id()).ifPresent(o -> {
                if (!o.script().isEmpty()) {
                    String link = directory.relativize(Path.of(o.script())).toString().replace('\\', '/');
                    h.append("<p>reproducer: <a href=\"").append(Html.escape(link)).append("\">")
                            .append(Html.escape(o.script())).append("</a> (run it with the python under test)</p>\n");
                }
                output(h, "stdout", o.stdout());
                output(h, "stderr", o.stderr());
            });
            h.append("</div>\n");
        }
        h.append("<h2>Every test (").append(c.results().size()).append(")</h2>\n<table id=\"results\"><tr>"
                + "<th>test</th><th>level</th><th>status</th><th>spec</th><th>message</th></tr>\n");
        c.results().stream().sorted(Comparator.comparing((TestOutcome r) -> r.passed() ? 1 : 0)
                .thenComparing(TestOutcome::id)).forEach(r -> h.append("<tr><td>").append(Html.escape(r.id()))
                .append("<br><small>").append(Html.escape(r.name())).append("</small></td><td>")
                .append(Html.escape(r.level())).append("</td><td class=\"").append(Html.statusClass(r)).append("\">")
                .append(Html.escape(r.status())).append("</td><td>").append(Html.escape(r.spec()))
                .append("</td><td><pre>").append(Html.escape(r.message().lines().findFirst().orElse("")))
                .append("</pre></td></tr>\n"));
        return h.append("</table>\n</body></html>\n").toString();
    }

    private static void output(StringBuilder h, String name, String text) {
        if (!text.isBlank()) {
            h.append("<details open><summary>").append(name).append("</summary><pre>").append(Html.escape(text))
                    .append("</pre></details>\n");
        }
    }

}
