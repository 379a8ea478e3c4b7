package dev.pep734.reports;

import dev.pep734.tck.certificate.Certificate;
import dev.pep734.tck.certificate.CertificateFiles;
import dev.pep734.tck.certificate.Html;
import dev.pep734.tck.release.ReleaseTable;
import dev.pep734.tck.spec.Erratum;
import dev.pep734.tck.spec.SpecLibrary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the conformance site: every implementation's certificate (shards merged), the matrix, and the spec
 * pages they link to. Static HTML only, no scripts, no network assets: it opens from {@code file://}.
 *
 * <pre>
 * &lt;out&gt;/index.html                       links to all of it
 * &lt;out&gt;/matrix.html                      clause x implementation
 * &lt;out&gt;/releases.html                    CPython release x profile, deviations, errata
 * &lt;out&gt;/&lt;impl&gt;/certificate.json|html    one per implementation
 * &lt;out&gt;/spec/pep734/spec/**.html          the documents and scripts, one anchor per line
 * </pre>
 */
public final class ConformancePages {

    private ConformancePages() {
    }

    /** Usage: {@code ConformancePages <out> <allure report index.html> <directory to search for certificates>...}. */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: ConformancePages <out> <allure index.html> <certificate dir>...");
        }
        List<Path> roots = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            roots.add(Path.of(args[i]));
        }
        List<String> notes = new ArrayList<>();
        write(Path.of(args[0]), Path.of(args[1]), roots, notes);
        notes.forEach(n -> System.out.println("[reports] " + n));
    }

    static void write(Path out, Path allureIndex, List<Path> roots, List<String> notes) throws IOException {
        Map<String, CertificateCollector.Collected> found = CertificateCollector.collect(roots, notes);
        Files.createDirectories(out);
        int pages = SpecPages.write(ConformancePages.class.getClassLoader(), out.resolve("spec"));
        notes.add(pages + " spec pages in " + out.resolve("spec"));
        Map<String, Certificate> certificates = new LinkedHashMap<>();
        for (Map.Entry<String, CertificateCollector.Collected> e : found.entrySet()) {
            Certificate c = e.getValue().certificate();
            certificates.put(e.getKey(), c);
            Path file = CertificateFiles.write(out.resolve(e.getKey()), c, "../spec/");
            e.getValue().problems().forEach(p -> notes.add(e.getKey() + ": " + p));
            notes.add("certificate of " + e.getKey() + " (" + (c.conformance().conformant() ? "conformant"
                    : "not conformant") + ", shard " + c.shard() + ", from " + e.getValue().sources().size()
                    + " file(s)): " + file.resolveSibling(CertificateFiles.HTML).toUri());
        }
        if (certificates.isEmpty()) {
            notes.add("no certificate found under " + roots + " (no TCK run yet?): the matrix is empty");
        }
        Files.writeString(out.resolve("matrix.html"), MatrixPage.render(certificates, "spec/"), StandardCharsets.UTF_8);
        writeReleases(out, certificates);
        notes.add("CPython releases: " + out.resolve("releases.html").toUri());
        Files.writeString(out.resolve("index.html"), index(certificates, out.relativize(allureIndex)),
                StandardCharsets.UTF_8);
        notes.add("conformance matrix: " + out.resolve("matrix.html").toUri());
        notes.add("Allure report: " + allureIndex.toUri());
    }

    private static void writeReleases(Path out, Map<String, Certificate> certificates) throws IOException {
        ClassLoader loader = ConformancePages.class.getClassLoader();
        SpecLibrary library = SpecLibrary.fromClassLoader(loader);
        Map<String, List<Erratum>> errata = new LinkedHashMap<>();
        library.profiles().forEach(p -> errata.put(p.id(), library.load(p).errata()));
        Files.writeString(out.resolve("releases.html"), ReleasesPage.render(ReleaseTable.load(loader).releases(),
                library.profiles(), errata, certificates, "spec/"), StandardCharsets.UTF_8);
    }

    private static String index(Map<String, Certificate> certificates, Path allure) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>PEP 734 TCK reports</title><style>" + Html.STYLE + "</style></head><body>"
                + "<h1>PEP 734 TCK reports</h1><ul><li><a href=\"matrix.html\">conformance matrix</a></li>"
                + "<li><a href=\"releases.html\">the API across CPython releases</a></li>"
                + "<li><a href=\"" + Html.escape(allure.toString().replace('\\', '/'))
                + "\">Allure report</a></li>");
        certificates.forEach((id, c) -> h.append("<li><a href=\"").append(Html.escape(id))
                .append("/certificate.html\">certificate of ").append(Html.escape(id)).append("</a>: ")
                .append(c.conformance().conformant() ? "conformant" : "not conformant").append("</li>"));
        return h.append("</ul></body></html>\n").toString();
    }
}
