package dev.pep734.tck.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;

/**
 * Names derived from unique ids: the test paths of expectations and deviation files (the stable short id, and
 * the long path through every section), and reproducer file paths.
 */
public final class TestPaths {

    private TestPaths() {
    }

    /**
     * {@code [engine:pep734-tck]/[profile:P]/[section:s]/[check:exists]} becomes {@code P/section:s/check:exists}
     * (the syntax of {@link Constants#EXPECTATIONS}, and the test ids of certificates).
     */
    public static String shortPath(UniqueId id) {
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

    /**
     * The stable id: the profile, then the innermost clause (section or API element) the test sits in, then
     * the segments below it, e.g. {@code concurrent.interpreters-3.14/api:Interpreter.close/assertion:x}. Section
     * and API anchors are unique within a document, so the id does not change when sections above the clause
     * are retitled or moved. For a clause itself it is {@code profile/clause}; where no clause lies on the path it
     * is the long path.
     */
    static String stableId(UniqueId id) {
        List<UniqueId.Segment> segments = id.getSegments();
        int clause = -1;
        for (int i = 2; i < segments.size(); i++) {
            String type = segments.get(i).getType();
            if (type.equals("section") || type.equals("api")) {
                clause = i;
            }
        }
        if (clause < 0 || segments.size() < 2) {
            return shortPath(id);
        }
        StringBuilder path = new StringBuilder(segments.get(1).getValue());
        for (int i = clause; i < segments.size(); i++) {
            path.append('/').append(segments.get(i).getType()).append(':').append(segments.get(i).getValue());
        }
        return path.toString();
    }

    /**
     * Every name an expectations entry may use for this test or a container of it, the most specific first: the
     * test's stable id and long path, then each ancestor's (nearest first), up to the profile.
     */
    static List<String> namesOf(TestDescriptor test) {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        Optional<TestDescriptor> at = Optional.of(test);
        while (at.isPresent() && at.get().getUniqueId().getSegments().size() > 1) {
            UniqueId id = at.get().getUniqueId();
            names.add(stableId(id));
            names.add(shortPath(id));
            at = at.get().getParent();
        }
        return new ArrayList<>(names);
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
