package dev.pep734.reports;

import dev.pep734.tck.certificate.Html;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The spec documents and assertion scripts as static pages with one anchor per line
 * ({@code pep734/spec/<profile>/document.rst.html#L42}): the targets of the "spec" and "script" links of
 * every Allure result, certificate row and matrix row. Read from the spec artifact on the class path.
 */
final class SpecPages {

    static final String ROOT = "pep734/spec/";
    static final String RELEASES = "pep734/releases/";

    private SpecPages() {
    }

    /**
     * Writes a page for every document, script and errata file of the spec, and every file of the release table,
     * under {@code out}; returns how many.
     */
    static int write(ClassLoader loader, Path out) throws IOException {
        Map<String, String> sources = read(loader);
        for (Map.Entry<String, String> e : sources.entrySet()) {
            Path page = out.resolve(e.getKey() + ".html");
            Files.createDirectories(page.getParent());
            Files.writeString(page, page(e.getKey(), e.getValue()), StandardCharsets.UTF_8);
        }
        return sources.size();
    }

    static String page(String name, String text) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(Html.escape(name)).append("</title><style>"
                        + "body{margin:0;font:13px/1.45 ui-monospace,monospace}"
                        + "h1{font:bold 15px system-ui,sans-serif;margin:8px}"
                        + "div.l{white-space:pre-wrap;padding-left:5em;text-indent:-5em}"
                        + "div.l:target{background:#fff3a0}"
                        + "a.n{display:inline-block;width:4.5em;color:#999;text-align:right;margin-right:.5em;"
                        + "text-decoration:none;text-indent:0}"
                        + "</style></head><body><h1>").append(Html.escape(name)).append("</h1>\n");
        String[] lines = text.split("\n", -1);
        int count = text.endsWith("\n") ? lines.length - 1 : lines.length;
        for (int i = 0; i < count; i++) {
            int n = i + 1;
            h.append("<div class=\"l\" id=\"L").append(n).append("\"><a class=\"n\" href=\"#L").append(n).append("\">")
                    .append(n).append("</a>").append(Html.escape(lines[i])).append("</div>\n");
        }
        return h.append("</body></html>\n").toString();
    }

    /** Resource name to text, for the spec artifact that holds {@code pep734/spec/profiles.txt}. */
    private static Map<String, String> read(ClassLoader loader) throws IOException {
        URL marker = loader.getResource(ROOT + "profiles.txt");
        if (marker == null) {
            throw new IOException("the spec artifact (" + ROOT + "profiles.txt) is not on the class path");
        }
        Map<String, String> sources = new TreeMap<>();
        String url = marker.toString();
        try {
            if (url.startsWith("jar:file:")) {
                try (JarFile jar = new JarFile(Path.of(new URL(url.substring(4, url.indexOf("!/"))).toURI()).toFile())) {
                    for (Enumeration<JarEntry> en = jar.entries(); en.hasMoreElements(); ) {
                        JarEntry entry = en.nextElement();
                        if (wanted(entry.getName())) {
                            try (InputStream in = jar.getInputStream(entry)) {
                                sources.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                            }
                        }
                    }
                }
            } else {
                Path root = Path.of(marker.toURI()).getParent().getParent();
                try (Stream<Path> files = Files.walk(root)) {
                    for (Path f : (Iterable<Path>) files::iterator) {
                        String name = "pep734/" + root.relativize(f).toString().replace('\\', '/');
                        if (Files.isRegularFile(f) && wanted(name)) {
                            sources.put(name, Files.readString(f, StandardCharsets.UTF_8));
                        }
                    }
                }
            }
        } catch (URISyntaxException e) {
            throw new IOException("cannot read the spec at " + url, e);
        }
        return sources;
    }

    /** The documents, scripts and errata, and the release table's files (deviations, properties). */
    private static boolean wanted(String name) {
        return name.startsWith(ROOT) && (name.endsWith(".rst") || name.endsWith(".py") || name.endsWith("errata.txt"))
                || name.startsWith(RELEASES) && (name.endsWith(".txt") || name.endsWith(".properties"));
    }
}
