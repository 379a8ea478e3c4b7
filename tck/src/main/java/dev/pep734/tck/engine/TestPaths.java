package dev.pep734.tck.engine;

import java.nio.file.Path;
import java.util.List;
import org.junit.platform.engine.UniqueId;

/** Names derived from unique ids: the short test path of expectations files, and reproducer file paths. */
final class TestPaths {

    private TestPaths() {
    }

    /**
     * {@code [engine:pep734-tck]/[profile:P]/[section:s]/[check:exists]} becomes {@code P/section:s/check:exists}
     * (the syntax of {@link Constants#EXPECTATIONS}).
     */
    static String shortPath(UniqueId id) {
        List<UniqueId.Segment> segments = id.getSegments();
        StringBuilder path = new StringBuilder();
        for (int i = 1; i < segments.size(); i++) {
            UniqueId.Segment s = segments.get(i);
            if (i > 1) {
                path.append('/').append(s.getType()).append(':');
            }
            path.append(s.getValue());
        }
        return path.toString();
    }

    /** Where a leaf's script is written: {@code <base>/<profile>/<segment>/.../<leaf>.py}, one directory per id. */
    static Path scriptFile(Path base, UniqueId id) {
        List<UniqueId.Segment> segments = id.getSegments();
        Path path = base.resolve(safe(segments.get(1).getValue()));
        for (int i = 2; i < segments.size(); i++) {
            UniqueId.Segment s = segments.get(i);
            String name = safe(s.getType() + "-" + s.getValue());
            path = path.resolve(i == segments.size() - 1 ? name + ".py" : name);
        }
        return path;
    }

    /** Keeps letters, digits, dot, dash and underscore; anything else (a slash in an anchor) becomes '_'. */
    private static String safe(String name) {
        String cleaned = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return cleaned.startsWith(".") ? "_" + cleaned.substring(1) : cleaned;
    }
}
