package dev.pep734.tck.spec;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The spec artifact as found on a class path: the profiles it lists and, on demand, each profile's
 * document, assertions and errata. The resources may sit in a directory or inside a jar.
 *
 * <p>Nothing here throws for malformed sources: problems of the index are in {@link #indexIssues()}, those of
 * a profile in {@link ProfileSpec#issues()}. A loaded profile is kept, so loading it again is cheap.
 */
public final class SpecLibrary {

    /** Class-path directory of the spec artifact's resources. */
    public static final String DEFAULT_ROOT = "pep734/spec";

    private final ClassPathTree tree;
    private final String root;
    private final Map<String, ProfileSpec> loaded = new ConcurrentHashMap<>();
    private volatile ProfileIndexReader.Index index;

    private SpecLibrary(ClassLoader loader, String root) {
        this.tree = new ClassPathTree(Objects.requireNonNull(loader, "loader"));
        this.root = trimSlashes(Objects.requireNonNull(root, "root"));
    }

    /** Reads {@code pep734/spec/profiles.txt} through the given class loader. */
    public static SpecLibrary fromClassLoader(ClassLoader loader) {
        return new SpecLibrary(loader, DEFAULT_ROOT);
    }

    /**
     * Reads {@code <root>/profiles.txt} through the given class loader, e.g. the fixture profiles of a test
     * under {@code fixtures/engine/pep734/spec}.
     */
    public static SpecLibrary fromClassLoader(ClassLoader loader, String root) {
        return new SpecLibrary(loader, root);
    }

    /** The class-path directory this library reads, without leading or trailing slash. */
    public String root() {
        return root;
    }

    /** Every profile listed, in order. A missing or broken index yields an empty list and an issue. */
    public List<Profile> profiles() {
        return index().profiles();
    }

    /** Problems of {@code profiles.txt} and of the {@code profile.properties} files it names. */
    public List<SpecIssue> indexIssues() {
        return index().issues();
    }

    /** The listed profile with that id. */
    public Optional<Profile> profile(String id) {
        return profiles().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /**
     * Reads one profile. Never throws for malformed sources: problems are in {@link ProfileSpec#issues()}.
     */
    public ProfileSpec load(Profile profile) {
        return loaded.computeIfAbsent(profile.directory(), directory -> new ProfileLoader(tree, root).load(profile));
    }

    private ProfileIndexReader.Index index() {
        ProfileIndexReader.Index current = index;
        if (current == null) {
            current = ProfileIndexReader.read(tree, root);
            index = current;
        }
        return current;
    }

    private static String trimSlashes(String path) {
        int start = 0;
        int end = path.length();
        while (start < end && path.charAt(start) == '/') {
            start++;
        }
        while (end > start && path.charAt(end - 1) == '/') {
            end--;
        }
        return path.substring(start, end);
    }
}
