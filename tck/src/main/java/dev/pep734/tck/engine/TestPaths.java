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
 * the long path through every section), and reproducer file paths. All of them depend only on the segments below
 * the engine's own, so a test has the same names, shard and files whether the engine runs at the root of a
 * launcher's tree ({@code [engine:pep734-tck]/...}) or inside a JUnit suite
 * ({@code [engine:junit-platform-suite]/[suite:X]/[engine:pep734-tck]/...}).
 */
public final class TestPaths {

    private static final UniqueId ENGINE = UniqueId.forEngine(Constants.ENGINE_ID);

    private TestPaths() {
    }

    /** The segments below this engine's own ({@code [engine:pep734-tck]}), wherever that sits in the id. */
    static List<UniqueId.Segment> belowEngine(UniqueId id) {
        List<UniqueId.Segment> segments = id.getSegments();
        for (int i = segments.size() - 1; i >= 0; i--) {
            if (segments.get(i).equals(ENGINE.getLastSegment())) {
                return segments.subList(i + 1, segments.size());
            }
        }
        return segments.subList(Math.min(1, segments.size()), segments.size());
    }

    /** The id as it reads with the engine at the root: what shards are computed from, so every launcher agrees. */
    static String rootedId(UniqueId id) {
        UniqueId rooted = ENGINE;
        for (UniqueId.Segment s : belowEngine(id)) {
            rooted = rooted.append(s);
        }
        return rooted.toString();
    }

    /**
     * A selected unique id relative to this run's engine root {@code engineId}: as it is when it lies under that
     * root; rebased onto it when it is written from the engine down ({@code [engine:pep734-tck]/...}, as a suite's
     * {@code @Select("uid:...")} writes it while the engine runs nested); empty when it is not this engine's.
     */
    static Optional<UniqueId> underEngine(UniqueId selected, UniqueId engineId) {
        if (selected.hasPrefix(engineId)) {
            return Optional.of(selected);
        }
        List<UniqueId.Segment> segments = selected.getSegments();
        if (segments.isEmpty() || !segments.get(0).equals(ENGINE.getLastSegment())) {
            return Optional.empty();
        }
        UniqueId rebased = engineId;
        for (UniqueId.Segment s : segments.subList(1, segments.size())) {
            rebased = rebased.append(s);
        }
        return Optional.of(rebased);
    }

    /**
     * {@code [engine:pep734-tck]/[profile:P]/[section:s]/[check:exists]} becomes {@code P/section:s/check:exists}
     * (the syntax of {@link Constants#EXPECTATIONS}, and the test ids of certificates).
     */
    public static String shortPath(UniqueId id) {
        List<UniqueId.Segment> segments = belowEngine(id);
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < segments.size(); i++) {
            UniqueId.Segment s = segments.get(i);
            if (i > 0) {
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
        List<UniqueId.Segment> segments = belowEngine(id);
        int clause = -1;
        for (int i = 1; i < segments.size(); i++) {
            String type = segments.get(i).getType();
            if (type.equals("section") || type.equals("api")) {
                clause = i;
            }
        }
        if (clause < 0 || segments.size() < 1) {
            return shortPath(id);
        }
        StringBuilder path = new StringBuilder(segments.get(0).getValue());
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
        while (at.isPresent() && !belowEngine(at.get().getUniqueId()).isEmpty()) {
            UniqueId id = at.get().getUniqueId();
            names.add(stableId(id));
            names.add(shortPath(id));
            at = at.get().getParent();
        }
        return new ArrayList<>(names);
    }

    /** Where a leaf's script is written: {@code <base>/<profile>/<segment>/.../<leaf>.py}, one directory per id. */
    static Path scriptFile(Path base, UniqueId id) {
        List<UniqueId.Segment> segments = belowEngine(id);
        Path path = base.resolve(safe(segments.get(0).getValue()));
        for (int i = 1; i < segments.size(); i++) {
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
